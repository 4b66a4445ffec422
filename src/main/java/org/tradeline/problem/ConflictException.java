package org.tradeline.problem;

/** The request clashes with what is stored (a taken slug, a resource still referenced); answered with 409. */
public class ConflictException extends RuntimeException {

	public ConflictException(String message) {
		super(message);
	}

}
