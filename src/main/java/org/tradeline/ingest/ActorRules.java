package org.tradeline.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Known actors in a sentence and the titles the text gives them. An actor is recognised by its full
 * name, by its surname (the first word for names written family name first), by "Mr"/"Ms" and the
 * surname, and a ministry also as "the Commerce Ministry" for "the Ministry of Commerce". A surname
 * that is also a common English word ("He") counts only after a title or an honorific. A title is
 * the run of title words just before the name ("Commerce Secretary Lutnick", "Presidents Xi and
 * Trump") or an apposition after it ("Kevin Hassett, director of ...").
 */
final class ActorRules {

	/** Words that make a phrase a title; general English office and role nouns. */
	static final Set<String> ROLE_WORDS = Set.of("president", "presidents", "premier", "vice", "minister", "ministers",
			"secretary", "representative", "director", "chairman", "chairwoman", "chair", "founder", "governor",
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

	private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "dr", "mr.", "mrs.", "ms.", "dr.");

	private static final Set<String> CONNECTORS = Set.of("of", "the", "for");

	private final Map<String, List<Form>> forms = new HashMap<>();

	/** Governments by country code, for "the US accused ..." where a country's name stands for its government. */
	private final Map<String, Known.Actor> governments = new HashMap<>();

	/** Words after a country's name that make it the one acting. */
	private static final Set<String> ACTING = Set.of("has", "had", "have", "is", "was", "will", "would", "says", "said",
			"wants", "expects", "seeks", "agreed", "accused", "imposed", "implemented", "announced", "introduced",
			"criticized", "criticised", "approved", "restricted", "retaliated", "revoked", "banned", "halted");

	private int longest = 1;

	private record Form(Known.Actor actor, boolean ambiguousWord, String kind) {
	}

	ActorRules(List<Known.Actor> actors) {
		Map<String, List<Form>> byKey = new HashMap<>();
		Map<String, Integer> governmentsPerCountry = new HashMap<>();
		for (Known.Actor actor : actors) {
			if ("GOVERNMENT".equals(actor.kind()) && actor.country() != null) {
				governmentsPerCountry.merge(actor.country(), 1, Integer::sum);
				this.governments.put(actor.country(), actor);
			}
		}
		// a country with several governments in the store (past and present) is not resolved from its name
		governmentsPerCountry.forEach((country, count) -> {
			if (count > 1) {
				this.governments.remove(country);
			}
		});
		for (Known.Actor actor : actors) {
			List<String> words = Texts.words(actor.name(), 0, actor.name().length()).stream().map(Token::folded).toList();
			if (words.isEmpty()) {
				continue;
			}
			add(byKey, words, actor, "name");
			if ("PERSON".equals(actor.kind()) && words.size() > 1) {
				boolean familyFirst = actor.country() != null && Countries.FAMILY_NAME_FIRST.contains(actor.country());
				add(byKey, List.of(familyFirst ? words.get(0) : words.get(words.size() - 1)), actor, "surname");
			}
			int of = words.indexOf("of");
			if (!"PERSON".equals(actor.kind()) && of > 0 && of < words.size() - 1) {
				// "Ministry of Commerce" is also "the Commerce Ministry", with or without the country before it
				List<String> head = new ArrayList<>(words.subList(0, of));
				String owner = (head.size() > 1 && Countries.of(head.get(0)) != null) ? head.remove(0) : null;
				List<String> inverted = new ArrayList<>(words.subList(of + 1, words.size()));
				inverted.addAll(head);
				add(byKey, inverted, actor, "name");
				add(byKey, head.size() == 1 ? words.subList(of - head.size(), words.size()) : words, actor, "name");
				if (owner != null) {
					List<String> owned = new ArrayList<>(List.of(owner));
					owned.addAll(inverted);
					add(byKey, owned, actor, "name");
				}
			}
		}
		this.forms.putAll(byKey);
	}

	private void add(Map<String, List<Form>> byKey, List<String> words, Known.Actor actor, String kind) {
		String key = String.join(" ", words.stream().map(ActorRules::base).toList());
		boolean ambiguous = words.size() == 1 && Texts.STOPWORDS.contains(key);
		List<Form> list = byKey.computeIfAbsent(key, (k) -> new ArrayList<>());
		if (list.stream().noneMatch((f) -> f.actor().slug().equals(actor.slug()))) {
			list.add(new Form(actor, ambiguous, kind));
		}
		this.longest = Math.max(this.longest, words.size());
	}

	private static String base(String folded) {
		return folded.endsWith("'s") ? folded.substring(0, folded.length() - 2) : folded;
	}

	/** Every known actor named in the sentence, longest name first, with the title given there. */
	List<ActorMention> find(String text, Sentence sentence) {
		List<Token> tokens = sentence.tokens();
		List<ActorMention> found = new ArrayList<>();
		int i = 0;
		while (i < tokens.size()) {
			ActorMention mention = null;
			for (int n = Math.min(this.longest, tokens.size() - i); n >= 1 && mention == null; n--) {
				if (!contiguous(text, tokens, i, i + n - 1)) {
					continue;
				}
				StringBuilder key = new StringBuilder();
				for (int k = i; k < i + n; k++) {
					key.append(k > i ? " " : "").append(tokens.get(k).base());
				}
				List<Form> candidates = this.forms.get(key.toString());
				if (candidates == null || candidates.size() != 1 || !tokens.get(i).capitalized()) {
					continue;
				}
				Form form = candidates.get(0);
				int[] title = titleBefore(text, tokens, i);
				if (form.ambiguousWord() && title == null && !(i > 0 && HONORIFICS.contains(tokens.get(i - 1).folded()))) {
					continue;
				}
				if (title == null) {
					title = apposition(text, tokens, i + n - 1);
				}
				Token last = tokens.get(i + n - 1);
				int end = last.folded().endsWith("'s") ? last.end() - 2 : last.end();
				String titleText = (title != null) ? text.substring(title[0], title[1]) : null;
				mention = new ActorMention(form.actor(), i, i + n - 1, tokens.get(i).start(), end, key.toString(),
						titleText, title != null ? title[0] : -1, title != null ? title[1] : -1);
			}
			if (mention != null) {
				found.add(mention);
				i = mention.last() + 1;
			}
			else {
				i++;
			}
		}
		sharePluralTitles(text, tokens, found);
		countriesActing(text, tokens, found);
		return found;
	}

	/** "The US accused", "China imposed": the country's name as the subject of a verb stands for its government. */
	private void countriesActing(String text, List<Token> tokens, List<ActorMention> found) {
		for (int i = 0; i < tokens.size(); i++) {
			int n = (i + 1 < tokens.size() && tokens.get(i).folded().equals("united")
					&& tokens.get(i + 1).folded().equals("states")) ? 2 : 1;
			String key = (n == 2) ? "united states" : tokens.get(i).folded();
			String country = Countries.NOUNS.get(key);
			Known.Actor government = (country != null) ? this.governments.get(country) : null;
			int next = i + n;
			if (government == null || next >= tokens.size() || !tokens.get(i).capitalized()
					|| !contiguous(text, tokens, i, next) || !ACTING.contains(tokens.get(next).folded())) {
				continue;
			}
			int at = i;
			if (found.stream().anyMatch((m) -> m.first() <= at && at <= m.last())) {
				continue;
			}
			int start = (i > 0 && tokens.get(i - 1).folded().equals("the") && contiguous(text, tokens, i - 1, i))
					? tokens.get(i - 1).start() : tokens.get(i).start();
			found.add(new ActorMention(government, i, next - 1, start, tokens.get(next - 1).end(), "country:" + key, null,
					-1, -1));
		}
		found.sort(java.util.Comparator.comparingInt(ActorMention::first));
	}

	/** "Presidents Xi and Trump": the second name carries the plural title too, in the singular. */
	private void sharePluralTitles(String text, List<Token> tokens, List<ActorMention> found) {
		for (int k = 0; k + 1 < found.size(); k++) {
			ActorMention first = found.get(k);
			ActorMention second = found.get(k + 1);
			if (first.titled() && first.title().toLowerCase(Locale.ROOT).endsWith("s") && !second.titled()
					&& second.first() == first.last() + 2 && tokens.get(first.last() + 1).folded().equals("and")) {
				String singular = singular(first.title());
				found.set(k, withTitle(first, singular));
				found.set(k + 1, withTitle(second, singular, first.titleStart(), first.titleEnd()));
			}
		}
	}

	private static String singular(String title) {
		String last = title.substring(title.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
		return OFFICE_WORDS.contains(last) && last.endsWith("s") ? title.substring(0, title.length() - 1) : title;
	}

	private static ActorMention withTitle(ActorMention m, String title) {
		return withTitle(m, title, m.titleStart(), m.titleEnd());
	}

	private static ActorMention withTitle(ActorMention m, String title, int start, int end) {
		return new ActorMention(m.actor(), m.first(), m.last(), m.start(), m.end(), m.form(), title, start, end);
	}

	/** Offsets of the title just before token {@code at}, or null. */
	private static int[] titleBefore(String text, List<Token> tokens, int at) {
		int i = at - 1;
		if (i >= 0 && HONORIFICS.contains(tokens.get(i).folded())) {
			return null;
		}
		int first = -1;
		boolean office = false;
		while (i >= 0 && contiguous(text, tokens, i, i + 1)) {
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
	private static int[] apposition(String text, List<Token> tokens, int lastOfName) {
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
		while (j < tokens.size() && contiguous(text, tokens, j - 1, j)) {
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

	/** Tokens {@code a..b} are separated only by single spaces (no comma or other punctuation). */
	private static boolean contiguous(String text, List<Token> tokens, int a, int b) {
		for (int k = a; k < b; k++) {
			String gap = text.substring(tokens.get(k).end(), tokens.get(k + 1).start());
			if (!gap.equals(" ")) {
				return false;
			}
		}
		return true;
	}

	/**
	 * A title reduced for comparison: no country words, hyphens or "the", and "Minister of Commerce"
	 * read as "Commerce Minister".
	 */
	static String titleKey(String title) {
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

}
