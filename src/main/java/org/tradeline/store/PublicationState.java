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

}
