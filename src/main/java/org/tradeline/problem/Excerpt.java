package org.tradeline.problem;

/**
 * What a problem repeats of a name or value the client sent: all of it when it is short, as every
 * name the API knows is, else its start and an ellipsis. A client that sends thousands of characters
 * is told which input was wrong without having it all sent back.
 */
public final class Excerpt {

	/** Longer than any name or slug the API takes (a slug is at most 120 characters, a revision key a few more). */
	static final int MAX_LENGTH = 160;

	private Excerpt() {
	}

	public static String of(String sent) {
		if (sent == null || sent.codePointCount(0, sent.length()) <= MAX_LENGTH) {
			return sent;
		}
		return sent.substring(0, sent.offsetByCodePoints(0, MAX_LENGTH)) + "…";
	}

}
