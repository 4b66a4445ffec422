package org.tradeline.problem;

/**
 * A conditional request that cannot proceed: a write without If-Match (428 Precondition Required),
 * or a request whose condition names a representation that is no longer current (412 Precondition
 * Failed).
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
				"The resource changed since it was read; GET it again, reapply the change and retry. An event's or a "
						+ "source's ETag to send is its editors' view's (state=all), which counts its drafts.");
	}

	/** A write whose If-None-Match names the current representation ("*" names any). */
	public static PreconditionException exists() {
		return new PreconditionException(false, "If-None-Match names the resource as it is now (\"*\" names any "
				+ "version of one that exists), so nothing was written.");
	}

	/** A write whose If-Match lists tags where nothing it acts on has a version to name. */
	public static PreconditionException unversioned() {
		return new PreconditionException(false, "Nothing this request acts on has a version an ETag could name (a "
				+ "create, a restore, a decision or a revocation), so its If-Match cannot hold and nothing was done; "
				+ "send it without If-Match, or with \"*\".");
	}

	/** A read whose If-Match or If-Unmodified-Since does not hold for the current representation. */
	public static PreconditionException unmet() {
		return new PreconditionException(false, "The representation does not meet the request's If-Match or "
				+ "If-Unmodified-Since condition; read it without them for its current ETag.");
	}

	public boolean isMissing() {
		return this.missing;
	}

}
