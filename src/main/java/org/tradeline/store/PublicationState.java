package org.tradeline.store;

import java.util.Arrays;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Whether a resource is part of the public record. A draft is seen by editors only; publishing it
 * makes it part of every public read at once, and unpublishing takes it out again.
 */
public enum PublicationState {

	DRAFT("draft"), PUBLISHED("published");

	private final String code;

	PublicationState(String code) {
		this.code = code;
	}

	@JsonValue
	public String code() {
		return this.code;
	}

	/** The codes, for messages: "draft, published". */
	public static String codes() {
		return Arrays.stream(values()).map(PublicationState::code).collect(Collectors.joining(", "));
	}

}
