package org.tradeline.ingest.text;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splitting text into sentences and words, and folding words so variants compare equal. */
public final class Texts {

	/**
	 * "U.S." as one word, otherwise letters and digits joined by hyphens or apostrophes. The joins
	 * are possessive: a plain repeated group recurses once per join, and a long hyphen run
	 * ("a-a-a-...") overflowed the stack.
	 */
	private static final Pattern WORD = Pattern
		.compile("(?:\\p{Lu}\\.){2,}|[\\p{L}\\p{N}]+(?:[-'’][\\p{L}\\p{N}]+)*+");

	/** Abbreviations after which a full stop does not end a sentence. */
	private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep",
			"gov", "st", "jr", "sr", "no", "vs", "inc", "corp", "co", "ltd", "jan", "feb", "mar", "apr", "aug", "sep",
			"sept", "oct", "nov", "dec");

	private Texts() {
	}

	/** Lower case, typographic apostrophes, quotes and dashes made plain; same length as the input. */
	public static String fold(String text) {
		char[] chars = new char[text.length()];
		for (int i = 0; i < chars.length; i++) {
			char c = text.charAt(i);
			chars[i] = switch (c) {
				case '’', '‘', '`' -> '\'';
				case '“', '”' -> '"';
				case '–', '—', '‑' -> '-';
				default -> {
					char lower = Character.toLowerCase(c);
					yield Character.charCount(lower) == 1 ? lower : c;
				}
			};
		}
		return new String(chars);
	}

	public static List<Token> words(String text, int from, int to) {
		List<Token> tokens = new ArrayList<>();
		Matcher m = WORD.matcher(text).region(from, to);
		while (m.find()) {
			tokens.add(new Token(m.group(), fold(m.group()), m.start(), m.end()));
		}
		return tokens;
	}

	/**
	 * Sentences: a line break always ends one (headlines and list items carry no full stop); within a
	 * line the JDK's sentence rules decide, except after an abbreviation such as "Mr." or "U.S." that
	 * is followed by a capitalised name.
	 */
	public static List<Sentence> sentences(String text) {
		List<Sentence> sentences = new ArrayList<>();
		BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ENGLISH);
		int lineStart = 0;
		while (lineStart <= text.length()) {
			int lineEnd = text.indexOf('\n', lineStart);
			if (lineEnd < 0) {
				lineEnd = text.length();
			}
			String line = text.substring(lineStart, lineEnd);
			breaks.setText(line);
			int start = breaks.first();
			int pending = -1;
			for (int end = breaks.next(); end != BreakIterator.DONE; end = breaks.next()) {
				int from = (pending >= 0) ? pending : start;
				if (end < line.length() && (endsWithAbbreviation(line, end) || glued(line, end))) {
					pending = from;
					start = end;
					continue;
				}
				add(sentences, text, lineStart + from, lineStart + end);
				pending = -1;
				start = end;
			}
			if (pending >= 0) {
				add(sentences, text, lineStart + pending, lineEnd);
			}
			lineStart = lineEnd + 1;
		}
		return sentences;
	}

	/** A break with no space around it ("U.S.-China") is inside a word, not between sentences. */
	private static boolean glued(String line, int end) {
		return !Character.isWhitespace(line.charAt(end - 1)) && !Character.isWhitespace(line.charAt(end));
	}

	private static boolean endsWithAbbreviation(String line, int end) {
		String before = line.substring(0, end).stripTrailing();
		if (!before.endsWith(".")) {
			return false;
		}
		int wordStart = before.length() - 1;
		while (wordStart > 0 && !Character.isWhitespace(before.charAt(wordStart - 1))) {
			wordStart--;
		}
		String word = before.substring(wordStart, before.length() - 1).toLowerCase(Locale.ROOT);
		if (word.matches("(\\p{L}\\.)+\\p{L}")) {
			// "U.S." ends a sentence only when a lower-case word or nothing follows; before a name it is an adjective
			String after = line.substring(end).stripLeading();
			return !after.isEmpty() && Character.isUpperCase(after.charAt(0)) && !startsSentenceWord(after);
		}
		return ABBREVIATIONS.contains(word);
	}

	/** Words that commonly open a sentence and are rarely part of a name. */
	private static boolean startsSentenceWord(String after) {
		String first = after.split("[\\s,]", 2)[0];
		return Set.of("The", "This", "That", "These", "Those", "It", "He", "She", "They", "We", "But", "And", "In",
				"On", "At", "As", "A", "An", "However", "Meanwhile").contains(first);
	}

	/** Tokens {@code a..b} are separated only by single spaces (no comma or other punctuation). */
	public static boolean contiguous(String text, List<Token> tokens, int a, int b) {
		for (int k = a; k < b; k++) {
			String gap = text.substring(tokens.get(k).end(), tokens.get(k + 1).start());
			if (!gap.equals(" ")) {
				return false;
			}
		}
		return true;
	}

	private static void add(List<Sentence> sentences, String text, int start, int end) {
		// A byte order mark (a text file saved on Windows starts with one) is no part of a sentence.
		while (start < end && (Character.isWhitespace(text.charAt(start)) || text.charAt(start) == '\uFEFF')) {
			start++;
		}
		while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		if (end > start) {
			sentences.add(new Sentence(sentences.size(), start, end, words(text, start, end)));
		}
	}

	/** A crude English stem, enough for "accused" and "accuses" or "criticised" and "criticizes" to meet. */
	public static String stem(String folded) {
		String w = folded.endsWith("'s") ? folded.substring(0, folded.length() - 2) : folded;
		// British and American spellings meet: "criticize"/"criticise", "license"/"licence"
		w = w.replace("iz", "is").replace("ence", "ense");
		for (String suffix : new String[] { "ment", "ing", "ed", "es", "s" }) {
			if (w.endsWith(suffix) && w.length() - suffix.length() >= 3) {
				w = w.substring(0, w.length() - suffix.length());
				break;
			}
		}
		// "agree", "agreed" and "agreement" meet at "agre"
		return (w.endsWith("e") && w.length() > 3) ? w.substring(0, w.length() - 1) : w;
	}

	public static final Set<String> STOPWORDS = Set.of("a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at",
			"for", "by", "with", "from", "as", "is", "are", "was", "were", "be", "been", "being", "it", "its", "this",
			"that", "these", "those", "he", "she", "they", "we", "you", "i", "his", "her", "their", "our", "has",
			"have", "had", "not", "no", "will", "would", "can", "could", "should", "may", "might", "than", "then",
			"so", "such", "which", "who", "whom", "whose", "what", "when", "where", "while", "also", "after",
			"before", "into", "over", "about", "said", "says", "both", "some", "any", "all", "more", "most", "other",
			"up", "out", "there", "if", "do", "does", "did", "just", "only", "very", "own", "same", "too", "between",
			"during", "through", "since", "until", "against", "under", "again", "further", "once", "here", "how",
			"why", "each", "few", "nor", "now", "him", "them", "me", "my", "your", "us");

}
