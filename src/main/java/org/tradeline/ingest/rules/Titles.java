package org.tradeline.ingest.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.tradeline.ingest.text.Texts;
import org.tradeline.ingest.text.Token;

/**
 * The titles a text gives people: the run of title words just before a name ("Commerce Secretary
 * Lutnick") or an apposition after it ("Kevin Hassett, director of ..."), and the key under which
 * two ways of writing one title compare equal.
 */
final class Titles {

	/** Words that make a phrase a title; general English office and role nouns. */
	private static final Set<String> ROLE_WORDS = Set.of("president", "presidents", "premier", "vice", "minister",
			"ministers", "secretary", "representative", "director", "chairman", "chairwoman", "chair", "founder", "governor",
			"ambassador", "spokesperson", "spokesman", "spokeswoman", "chancellor", "prime", "commissioner", "ceo",
			"chief", "head", "adviser", "advisor", "economist", "professor", "senator", "envoy", "deputy", "leader",
			"king", "queen", "general", "mayor", "speaker", "chairperson", "administrator", "negotiator", "trade",
			"commerce", "treasury", "finance", "foreign", "state", "defence", "defense", "economy");

	/** Words that name the office itself rather than qualify it; a title needs one. */
	private static final Set<String> OFFICE_WORDS = Set.of("president", "presidents", "premier", "minister",
			"ministers", "secretary", "representative", "director", "chairman", "chairwoman", "chair", "founder",
			"governor", "ambassador", "spokesperson", "spokesman", "spokeswoman", "chancellor", "commissioner", "ceo",
			"chief", "head", "adviser", "advisor", "economist", "professor", "senator", "envoy", "leader", "king",
			"queen", "general", "mayor", "speaker", "chairperson", "administrator", "negotiator");

	/** "Mr", "Ms": before a surname they make it a name, not a title. */
	private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "dr", "mr.", "mrs.", "ms.", "dr.");

	private static final Set<String> CONNECTORS = Set.of("of", "the", "for");

	private Titles() {
	}

	static boolean isHonorific(String folded) {
		return HONORIFICS.contains(folded);
	}

	/** Offsets of the title just before token {@code at}, or null. */
	static int[] before(String text, List<Token> tokens, int at) {
		int i = at - 1;
		if (i >= 0 && HONORIFICS.contains(tokens.get(i).folded())) {
			return null;
		}
		int first = -1;
		boolean office = false;
		while (i >= 0 && Texts.contiguous(text, tokens, i, i + 1)) {
			Token t = tokens.get(i);
			boolean role = isRoleWord(t.folded());
			boolean connector = CONNECTORS.contains(t.folded()) && first >= 0;
			boolean country = Countries.of(t.folded()) != null;
			boolean name = t.capitalized() && first >= 0 && office;
			if (!(role || connector || country || name)) {
				break;
			}
			if (i == at - 1 && !role) {
				return null;
			}
			office |= isOfficeWord(t.folded());
			first = i;
			i--;
		}
		while (first >= 0 && first < at && CONNECTORS.contains(tokens.get(first).folded())) {
			first++;
		}
		if (first < 0 || !office || first >= at) {
			return null;
		}
		return new int[] { tokens.get(first).start(), tokens.get(at - 1).end() };
	}

	/** ", director of the National Economic Council" after a name. */
	static int[] apposition(String text, List<Token> tokens, int lastOfName) {
		int i = lastOfName + 1;
		if (i >= tokens.size()) {
			return null;
		}
		String between = text.substring(tokens.get(lastOfName).end(), tokens.get(i).start());
		if (!between.equals(", ")) {
			return null;
		}
		if (!isOfficeWord(tokens.get(i).folded()) && !(isRoleWord(tokens.get(i).folded()) && i + 1 < tokens.size()
				&& isOfficeWord(tokens.get(i + 1).folded()))) {
			return null;
		}
		int last = i;
		int j = i + 1;
		while (j < tokens.size() && Texts.contiguous(text, tokens, j - 1, j)) {
			Token t = tokens.get(j);
			if (!(t.capitalized() || CONNECTORS.contains(t.folded()) || isRoleWord(t.folded()))) {
				break;
			}
			last = j;
			j++;
		}
		while (last > i && CONNECTORS.contains(tokens.get(last).folded())) {
			last--;
		}
		return new int[] { tokens.get(i).start(), tokens.get(last).end() };
	}

	/** "Presidents" said of two people is "President" said of each. */
	static String singular(String title) {
		String last = title.substring(title.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
		return OFFICE_WORDS.contains(last) && last.endsWith("s") ? title.substring(0, title.length() - 1) : title;
	}

	/**
	 * A title reduced for comparison: no country words, hyphens or "the", and "Minister of Commerce"
	 * read as "Commerce Minister".
	 */
	static String key(String title) {
		List<String> words = new ArrayList<>();
		for (Token t : Texts.words(title, 0, title.length())) {
			for (String part : t.folded().split("-")) {
				if (!part.isEmpty() && Countries.of(part) == null && !part.equals("the")) {
					words.add(part);
				}
			}
		}
		int of = words.indexOf("of");
		if (of > 0 && of == words.size() - 2 && Set.of("minister", "secretary", "ministry").contains(words.get(of - 1))) {
			String field = words.remove(of + 1);
			words.remove(of);
			words.add(of - 1, field);
		}
		return String.join(" ", words);
	}

	private static boolean isRoleWord(String folded) {
		for (String part : folded.split("-")) {
			if (ROLE_WORDS.contains(part)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isOfficeWord(String folded) {
		for (String part : folded.split("-")) {
			if (OFFICE_WORDS.contains(part)) {
				return true;
			}
		}
		return false;
	}

}
