package org.tradeline.problem;

/**
 * A conditional write that cannot proceed: without If-Match (428 Precondition Required) or with an
 * ETag that is no longer current (412 Precondition Failed).
 */
public class PreconditionException extends RuntimeException {

	private final boolean missing;

	private PreconditionException(boolean missing, String message) {
		super(message);
		this.missing = missing;
	}

	public static PreconditionException missing() {
		return new PreconditionException(true,
				"This request changes a resource and needs an If-Match header with the ETag of its last GET.");
	}

	public static PreconditionException failed() {
		return new PreconditionException(false,
				"The resource changed since it was read; GET it again, reapply the change and retry.");
	}

	public boolean isMissing() {
		return this.missing;
	}

}
