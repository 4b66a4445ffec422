package org.tradeline.ingest;

import java.util.List;

/**
 * The engine's answer: the suggestions, or, when the text is not in a language the rules read, none
 * and the reason (rules written for English would only produce nonsense elsewhere).
 */
public record Suggestions(String language, boolean supported, String unsupportedReason, List<Suggestion> items) {

	public Suggestions {
		items = List.copyOf(items);
	}

	static Suggestions unsupported(String language, String reason) {
		return new Suggestions(language, false, reason, List.of());
	}

}
