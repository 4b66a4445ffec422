package org.tradeline.problem;

import java.util.List;

import tools.jackson.core.JacksonException;

/**
 * A request body that is well-formed JSON but breaks one or more rules; answered with 400 and one
 * entry per violation in the problem's errors list.
 */
public class InvalidRequestException extends RuntimeException {

	private final List<Violation> violations;

	public InvalidRequestException(List<Violation> violations) {
		super(violations.size() == 1 ? violations.get(0).message()
				: violations.size() + " fields of the request are invalid");
		this.violations = List.copyOf(violations);
	}

	public InvalidRequestException(String field, String message) {
		this(List.of(new Violation(field, message)));
	}

	/** A value that JSON reading could not turn into the request type, named by its path. */
	public static InvalidRequestException unreadable(JacksonException ex) {
		return new InvalidRequestException(JsonErrors.path(ex), JsonErrors.message(ex));
	}

	public List<Violation> violations() {
		return this.violations;
	}

	/** One broken rule: the body field (dotted path, e.g. date.start or claims[2].excerpt) and why. */
	public record Violation(String field, String message) {
	}

}
