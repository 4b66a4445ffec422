package org.tradeline.problem;

/** The addressed resource does not exist; answered with 404. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String kind, String key) {
		super("No " + kind + " '" + Excerpt.of(key) + "'");
	}

}
