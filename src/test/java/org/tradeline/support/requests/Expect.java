package org.tradeline.support.requests;

import java.util.Set;

/** What the contract and the documented rules allow as the answer to one generated request. */
public enum Expect {

	/** Any answer below 500 will do (the request may well be valid). */
	ANY("any status below 500"),
	/** The contract says the request is invalid: it must be refused with a 4xx. */
	REJECTED("a 4xx refusal"),
	/** The token is missing or bad where one is needed. */
	UNAUTHORIZED("401", 401),
	/** No token, and a body the operation does not take: either refusal is right, nothing else. */
	UNAUTHORIZED_OR_UNSUPPORTED("401 or 415", 401, 415),
	/** A body far over the cap: refused before it is read (too large, wrong type, or no token). */
	TOO_LARGE("413, 415 or 401 before the body is read", 401, 413, 415),
	/** A body sent to an operation that takes none: it may be ignored, or refused as unsupported. */
	BODY_NOT_TAKEN("any status below 500"),
	/** A malformed HTTP message (RFC 9112 says which): refused with 400. */
	MALFORMED_MESSAGE("400 for a malformed message", 400),
	/** Several Accept headers: negotiated over all their values, or refused as a bad request. */
	NEGOTIATED("negotiated over every Accept value (not 406), or 400");

	private final String description;

	private final Set<Integer> statuses;

	Expect(String description, Integer... statuses) {
		this.description = description;
		this.statuses = Set.of(statuses);
	}

	/** Whether the status is one this expectation allows (every status must also be below 500). */
	boolean allows(int status) {
		return switch (this) {
			case ANY, BODY_NOT_TAKEN -> status < 500;
			case REJECTED -> status >= 400 && status < 500;
			case NEGOTIATED -> status < 500 && status != 406;
			default -> this.statuses.contains(status);
		};
	}

	/**
	 * Whether the status is a refusal that applies to every operation alike, below the level of any
	 * one operation (the body cap, a body type nobody takes, a malformed message), so openapi.yaml
	 * need not list it for each.
	 */
	boolean protocolLevel(int status) {
		return switch (this) {
			case TOO_LARGE -> status == 413 || status == 415;
			case UNAUTHORIZED_OR_UNSUPPORTED, BODY_NOT_TAKEN -> status == 415;
			case MALFORMED_MESSAGE -> status == 400;
			default -> false;
		};
	}

	/** Whether a request with this expectation may be accepted, and so may change what is stored. */
	boolean mayAccept() {
		return allows(200) || allows(201) || allows(204);
	}

	@Override
	public String toString() {
		return this.description;
	}

}
