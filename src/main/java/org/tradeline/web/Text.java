package org.tradeline.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The one rule for what text may hold, and the one shape of identifiers, for request bodies, query
 * parameters and imported backups alike. Plain loops over the characters: linear in the length, no
 * backtracking and no recursion, so a value of any length is checked in constant stack.
 */
public final class Text {

	/** What {@link #isSlug} admits, for messages. */
	public static final String SLUG = "lowercase words of a-z and 0-9 joined by single hyphens";

	/** What {@link #forbiddenAt} finds, for messages. */
	public static final String FORBIDDEN = "a control character, U+FFFE, U+FFFF or malformed Unicode";

	/** What {@link #isAllowedInRequestLine} refuses, for messages. */
	public static final String FORBIDDEN_IN_REQUEST_LINE = "a control character (a tab or line break too), U+FFFE, U+FFFF or malformed Unicode";

	private Text() {
	}

	/**
	 * The index of the first character that text must not hold, or -1: C0 controls other than tab,
	 * line feed and carriage return, DEL and the C1 controls, U+FFFE and U+FFFF, and surrogates that
	 * are not paired. XML 1.0 cannot carry the controls, U+FFFE/U+FFFF or lone surrogates at all (they
	 * would break the Atom feed), PostgreSQL text cannot store NUL, and no text here needs the rest.
	 * Bidirectional controls (U+202A-U+202E, U+2066-U+2069) are allowed: free text in right-to-left
	 * scripts needs them. Identifiers cannot hold them, as {@link #isSlug} admits only a-z, 0-9 and '-'.
	 */
	public static int forbiddenAt(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f) || c == '\uFFFE'
					|| c == '\uFFFF' || Character.isLowSurrogate(c)) {
				return i;
			}
			if (Character.isHighSurrogate(c)) {
				if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
					return i;
				}
				i++;
			}
		}
		return -1;
	}

	/**
	 * How many characters the text holds, as every length bound of the contract counts them: Unicode
	 * code points, so an emoji (two UTF-16 code units) is one.
	 */
	public static int length(String text) {
		return text.codePointCount(0, text.length());
	}

	/**
	 * The text cut to at most max characters as {@link #length} counts them, never between the two
	 * halves of a surrogate pair (a lone half is malformed and refused everywhere); null stays null.
	 */
	public static String truncate(String text, int max) {
		if (text == null || text.length() <= max) {
			return text;
		}
		return text.substring(0, text.offsetByCodePoints(0, Math.min(max, length(text))));
	}

	/**
	 * Free text as a part of plain text composed with other text, so that it cannot reorder what
	 * follows it (a citation's title and date, the next source): each paragraph of it (line breaks
	 * end every isolate, so each is wrapped on its own) that holds a right-to-left character or a
	 * bidirectional control is wrapped in FIRST STRONG ISOLATE (U+2068) ... POP DIRECTIONAL ISOLATE
	 * (U+2069). Other text is returned as it is, so left-to-right text stays byte for byte. The
	 * controls count because {@link #forbiddenAt} lets free text hold them. A paragraph whose own
	 * isolates do not balance gets one more FSI in front for each unmatched PDI and one more PDI
	 * behind for each unclosed isolate, so its controls can neither close the wrapper early nor
	 * outlast it; an unclosed embedding or override ends at the wrapper's PDI.
	 */
	public static String isolated(String text) {
		StringBuilder out = null;
		int start = 0;
		for (int i = 0; i <= text.length(); i++) {
			if (i < text.length() && !isParagraphSeparator(text.charAt(i))) {
				continue;
			}
			String paragraph = text.substring(start, i);
			if (needsIsolation(paragraph)) {
				if (out == null) {
					out = new StringBuilder(text.length() + 8).append(text, 0, start);
				}
				isolate(paragraph, out);
			}
			else if (out != null) {
				out.append(paragraph);
			}
			if (out != null && i < text.length()) {
				out.append(text.charAt(i));
			}
			start = i + 1;
		}
		return (out != null) ? out.toString() : text;
	}

	/** UAX #9 paragraph separators that free text may hold (the others are controls it may not). */
	private static boolean isParagraphSeparator(char c) {
		return c == '\n' || c == '\r' || c == '\u2029';
	}

	private static boolean needsIsolation(String paragraph) {
		for (int i = 0; i < paragraph.length(); i++) {
			int c = paragraph.codePointAt(i);
			byte direction = Character.getDirectionality(c);
			if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
					|| direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC || (c >= '\u202A' && c <= '\u202E')
					|| (c >= '\u2066' && c <= '\u2069')) {
				return true;
			}
		}
		return false;
	}

	private static void isolate(String paragraph, StringBuilder out) {
		int open = 0;
		int unmatched = 0;
		for (int i = 0; i < paragraph.length(); i++) {
			char c = paragraph.charAt(i);
			if (c >= '\u2066' && c <= '\u2068') {
				open++;
			}
			else if (c == '\u2069') {
				if (open > 0) {
					open--;
				}
				else {
					unmatched++;
				}
			}
		}
		out.append("\u2068".repeat(1 + unmatched)).append(paragraph).append("\u2069".repeat(1 + open));
	}

	/** Without surrounding white space, as every text field is stored; null stays null. */
	public static String strip(String value) {
		return (value != null) ? value.strip() : null;
	}

	/**
	 * A request value as every parameter and optional field reads it: without surrounding white space,
	 * and absent (null) when nothing else is left.
	 */
	public static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	public static boolean isAllowed(String text) {
		return forbiddenAt(text) < 0;
	}

	/**
	 * Whether text from a URL (a query name or value, a path segment) holds only what {@link #isAllowed}
	 * allows and no tab or line break either: free text may span lines, one value of a URL never does,
	 * and a tab or line break there is a control character like any other (C0, DEL and C1 alike).
	 */
	public static boolean isAllowedInRequestLine(String text) {
		return isAllowed(text) && text.indexOf('\t') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0;
	}

	/** Lowercase words of a-z and 0-9 joined by single hyphens: {@code ^[a-z0-9]+(-[a-z0-9]+)*$}. */
	public static boolean isSlug(String value) {
		if (value.isEmpty() || value.charAt(0) == '-' || value.charAt(value.length() - 1) == '-') {
			return false;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			boolean word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
			if (!word && (c != '-' || value.charAt(i - 1) == '-')) {
				return false;
			}
		}
		return true;
	}

	/** The SHA-256 of the text's UTF-8 bytes in lowercase hex: how documents and token secrets are pinned. */
	public static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
