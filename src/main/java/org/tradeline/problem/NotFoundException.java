package org.tradeline.problem;

/** The addressed resource does not exist; answered with 404. */
public class NotFoundException extends RuntimeException {

	/** Longer than any key that can name something (a slug of 120 characters, a revision of one). */
	private static final int MAX_KEY_LENGTH = 160;

	public NotFoundException(String kind, String key) {
		super("No " + kind + " '" + excerpt(key) + "'");
	}

	/** The key, or its start if it is longer than any key: the message names it, it need not repeat it. */
	private static String excerpt(String key) {
		return (key.codePointCount(0, key.length()) <= MAX_KEY_LENGTH) ? key
				: key.substring(0, key.offsetByCodePoints(0, MAX_KEY_LENGTH)) + "…";
	}

}
