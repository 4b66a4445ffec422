package org.tradeline.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.tradeline.ingest.text.Sentence;
import org.tradeline.ingest.text.Texts;
import org.tradeline.ingest.text.Token;

/**
 * Suggests claims for a document from what the store already knows. Deterministic: the same text,
 * date and {@link Known} give the same suggestions in the same order. Each suggestion names the rule
 * that fired; its excerpt is the sentence holding the evidence (cut to a window around the evidence
 * when the sentence is long), so it is a substring of the text by construction.
 */
public final class SuggestionEngine {

	/** Longest excerpt; a longer sentence is cut to a window around the evidence, at word boundaries. */
	static final int MAX_EXCERPT = 300;

	// Function words, and the verbs of reported numbers and speech that a wire's one-line lede holds in
	// their place ("Customs data showed exports in May reached 5,864.6 tons" has one function word).
	private static final Set<String> ENGLISH_WORDS = Set.of("the", "and", "of", "to", "in", "a", "is", "that", "for",
			"on", "with", "as", "was", "by", "it", "are", "at", "from", "has", "have", "be", "said", "its", "an",
			"this", "which", "will", "were", "not", "but", "he", "she", "they", "their", "had", "been", "would",
			"could", "after", "over", "than", "more", "about", "into", "also", "who", "says", "told", "showed",
			"reached", "rose", "fell", "added");

	/** Suggestions for the document; nothing when the text is not English, with the reason. */
	public Suggestions suggest(Document document, Known known) {
		String language = (document.language() == null || document.language().isBlank()) ? null
				: document.language().strip().toLowerCase(Locale.ROOT);
		if (language != null && !language.equals("en") && !language.startsWith("en-")) {
			return Suggestions.unsupported(language, "The rules read English only; '" + language + "' is not supported.");
		}
		List<Sentence> sentences = Texts.sentences(document.text());
		if (!writtenInLatin(document.text()) || !readsAsEnglish(sentences)) {
			return Suggestions.unsupported(language != null ? language : "und",
					"The text does not read as English, the only language the rules support.");
		}
		return new Suggestions(language != null ? language : "en", true, null,
				new DocumentReader(document, known).suggest(sentences));
	}

	/**
	 * Whether most letters are Latin: a short text has too few words to weigh, but one in Chinese or
	 * one of digits and signs alone is no English whatever it is labelled (a name in its own script
	 * inside English prose is still allowed).
	 */
	private static boolean writtenInLatin(String text) {
		long letters = 0;
		long latin = 0;
		for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
			int c = text.codePointAt(i);
			if (Character.isLetter(c)) {
				letters++;
				latin += (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) ? 1 : 0;
			}
		}
		return letters > 0 && latin >= 0.8 * letters;
	}

	private static boolean readsAsEnglish(List<Sentence> sentences) {
		int words = 0;
		int english = 0;
		for (Sentence s : sentences) {
			for (Token t : s.tokens()) {
				words++;
				english += ENGLISH_WORDS.contains(t.folded()) ? 1 : 0;
			}
		}
		return words < 12 || english >= 0.12 * words;
	}

}
