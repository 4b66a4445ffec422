package org.tradeline.ingest.rules;

import org.tradeline.ingest.Known;

/**
 * A known actor named in a sentence: token positions {@code [first, last]}, character offsets, the
 * form that matched, and the title the text gives it there (null when none), with its offsets.
 */
public record ActorMention(Known.Actor actor, int first, int last, int start, int end, String form, String title,
		int titleStart, int titleEnd) {

	public boolean titled() {
		return this.title != null;
	}

	/** The title as the store writes it when the text gives the same one in other words, else as the text does. */
	public String knownTitle() {
		String known = this.actor.title();
		if (known != null && Titles.key(known).equals(Titles.key(this.title))) {
			return known;
		}
		return this.title;
	}

}
