package org.tradeline.ingest.text;

/** A word of the text with its offsets; {@code folded} is lower case with typographic quotes made plain. */
public record Token(String text, String folded, int start, int end) {

	public boolean capitalized() {
		return Character.isUpperCase(this.text.charAt(0));
	}

	/** The word without a trailing possessive ("China's" -> "china"). */
	public String base() {
		return this.folded.endsWith("'s") ? this.folded.substring(0, this.folded.length() - 2) : this.folded;
	}

}
