package org.tradeline.store;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Whether a resource is part of the public record. A draft is seen by editors only; publishing it
 * makes it part of every public read at once, and unpublishing takes it out again.
 */
public enum PublicationState {

	DRAFT, PUBLISHED;

	@JsonValue
	public String code() {
		return WireName.of(this);
	}

	/** How a revision names a change from one state to another: updated, published or unpublished. */
	public static String change(PublicationState before, PublicationState after) {
		if (before == after) {
			return "updated";
		}
		return (after == PUBLISHED) ? "published" : "unpublished";
	}

}
