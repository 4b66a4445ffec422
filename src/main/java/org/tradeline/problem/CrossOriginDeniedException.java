package org.tradeline.problem;

/** A cross-origin request from an origin the CORS allow-lists do not name. */
public class CrossOriginDeniedException extends RuntimeException {

	public CrossOriginDeniedException() {
		super("Cross-origin requests from this origin are not allowed here", null, false, false);
	}

}
