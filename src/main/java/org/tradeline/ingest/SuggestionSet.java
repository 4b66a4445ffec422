package org.tradeline.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tradeline.calendar.PartialDate;
import org.tradeline.ingest.Suggestion.SuggestedSubject;
import org.tradeline.ingest.text.Sentence;

/**
 * One document's suggestions in the order they were found, at most one per subject, attribute and
 * value (the first reading wins), each with its excerpt cut from the sentence holding the evidence.
 */
final class SuggestionSet {

	private final String text;

	private final Map<String, Suggestion> byKey = new LinkedHashMap<>();

	SuggestionSet(String text) {
		this.text = text;
	}

	/** Evidence at offsets {@code [from, to)} of sentence {@code s}; nothing when the claim is already suggested. */
	void add(SuggestedSubject subject, String attribute, String value, String label, Sentence s, int from, int to,
			String rule, double confidence) {
		String key = key(subject, attribute, value);
		if (this.byKey.containsKey(key)) {
			return;
		}
		int[] excerpt = excerpt(s, from, to);
		this.byKey.put(key, new Suggestion(subject, attribute, value, label, excerpt[0], excerpt[1],
				this.text.substring(excerpt[0], excerpt[1]), rule, Math.round(confidence * 100) / 100.0));
	}

	/**
	 * As {@link #add}, except that the claim already suggested from a shorter excerpt gives way: a
	 * headline repeating the body's figure is weaker evidence than the sentence that explains it.
	 */
	void addFromLongerSentence(SuggestedSubject subject, String attribute, String value, String label, Sentence s,
			int from, int to, String rule, double confidence) {
		String key = key(subject, attribute, value);
		Suggestion earlier = this.byKey.get(key);
		if (earlier != null && earlier.end() - earlier.start() < s.end() - s.start()) {
			this.byKey.remove(key);
		}
		add(subject, attribute, value, label, s, from, to, rule, confidence);
	}

	/** The suggestions, with only the narrowest of several dates one document gives for the same subject. */
	List<Suggestion> items() {
		return narrowestDates(List.copyOf(this.byKey.values()));
	}

	private static String key(SuggestedSubject subject, String attribute, String value) {
		return subject.type() + ":" + subject.key() + "|" + attribute + "|" + value;
	}

	/** The sentence, or for a long one a window around the evidence cut at word boundaries. */
	private int[] excerpt(Sentence s, int from, int to) {
		int start = s.start();
		int end = s.end();
		if (end - start > SuggestionEngine.MAX_EXCERPT) {
			int room = Math.max(0, SuggestionEngine.MAX_EXCERPT - (to - from)) / 2;
			start = Math.max(s.start(), from - room);
			end = Math.min(s.end(), Math.max(to, start + SuggestionEngine.MAX_EXCERPT));
			while (start > s.start() && start < from && !Character.isWhitespace(this.text.charAt(start - 1))) {
				start++;
			}
			while (end < s.end() && end > to && !Character.isWhitespace(this.text.charAt(end))) {
				end--;
			}
			end = Math.min(end, start + SuggestionEngine.MAX_EXCERPT);
		}
		return new int[] { start, end };
	}

	/**
	 * A date is single-valued: of the readings one document gives for the same event ("in May",
	 * "mid-May"), only the narrowest is suggested; the vaguer ones add nothing and would be read as
	 * the document disagreeing with itself.
	 */
	private static List<Suggestion> narrowestDates(List<Suggestion> all) {
		List<Suggestion> kept = new ArrayList<>();
		for (Suggestion s : all) {
			if (!s.attribute().endsWith("-date")) {
				kept.add(s);
				continue;
			}
			PartialDate date = PartialDate.parse(s.value());
			boolean wider = all.stream()
				.filter((o) -> o != s && o.attribute().equals(s.attribute()) && o.subject().equals(s.subject()))
				.map((o) -> PartialDate.parse(o.value()))
				.anyMatch((o) -> o.overlaps(date) && !o.first().isBefore(date.first()) && !o.last().isAfter(date.last())
						&& (o.first().isAfter(date.first()) || o.last().isBefore(date.last())));
			if (!wider) {
				kept.add(s);
			}
		}
		return kept;
	}

}
