package org.tradeline.ingest;

/**
 * A known actor named in a sentence: token positions {@code [first, last]}, character offsets, the
 * form that matched, and the title the text gives it there (null when none), with its offsets.
 */
record ActorMention(Known.Actor actor, int first, int last, int start, int end, String form, String title,
		int titleStart, int titleEnd) {

	boolean titled() {
		return this.title != null;
	}

}
