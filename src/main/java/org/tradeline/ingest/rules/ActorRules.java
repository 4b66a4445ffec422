package org.tradeline.ingest.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.tradeline.ingest.Known;
import org.tradeline.ingest.text.Sentence;
import org.tradeline.ingest.text.Texts;
import org.tradeline.ingest.text.Token;

/**
 * Known actors in a sentence and the titles the text gives them. An actor is recognised by its full
 * name, by its surname (the first word for names written family name first), by "Mr"/"Ms" and the
 * surname, and a ministry also as "the Commerce Ministry" for "the Ministry of Commerce". A surname
 * that is also a common English word ("He") counts only after a title or an honorific. A title is
 * the run of title words just before the name ("Commerce Secretary Lutnick", "Presidents Xi and
 * Trump") or an apposition after it ("Kevin Hassett, director of ...").
 */
public final class ActorRules {

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

	public ActorRules(List<Known.Actor> actors) {
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
	public List<ActorMention> find(String text, Sentence sentence) {
		List<Token> tokens = sentence.tokens();
		List<ActorMention> found = new ArrayList<>();
		int i = 0;
		while (i < tokens.size()) {
			ActorMention mention = null;
			for (int n = Math.min(this.longest, tokens.size() - i); n >= 1 && mention == null; n--) {
				if (!Texts.contiguous(text, tokens, i, i + n - 1)) {
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
				int[] title = Titles.before(text, tokens, i);
				if (form.ambiguousWord() && title == null && !(i > 0 && Titles.isHonorific(tokens.get(i - 1).folded()))) {
					continue;
				}
				if (title == null) {
					title = Titles.apposition(text, tokens, i + n - 1);
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
					|| !Texts.contiguous(text, tokens, i, next) || !ACTING.contains(tokens.get(next).folded())) {
				continue;
			}
			int at = i;
			if (found.stream().anyMatch((m) -> m.first() <= at && at <= m.last())) {
				continue;
			}
			int start = (i > 0 && tokens.get(i - 1).folded().equals("the") && Texts.contiguous(text, tokens, i - 1, i))
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
				String singular = Titles.singular(first.title());
				found.set(k, withTitle(first, singular));
				found.set(k + 1, withTitle(second, singular, first.titleStart(), first.titleEnd()));
			}
		}
	}

	private static ActorMention withTitle(ActorMention m, String title) {
		return withTitle(m, title, m.titleStart(), m.titleEnd());
	}

	private static ActorMention withTitle(ActorMention m, String title, int start, int end) {
		return new ActorMention(m.actor(), m.first(), m.last(), m.start(), m.end(), m.form(), title, start, end);
	}

}
