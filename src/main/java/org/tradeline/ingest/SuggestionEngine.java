package org.tradeline.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.tradeline.calendar.DatePrecision;
import org.tradeline.calendar.PartialDate;
import org.tradeline.ingest.Suggestion.SuggestedSubject;

/**
 * Suggests claims for a document from what the store already knows. Deterministic: the same text,
 * date and {@link Known} give the same suggestions in the same order. Each suggestion names the rule
 * that fired; its excerpt is the sentence holding the evidence (cut to a window around the evidence
 * when the sentence is long), so it is a substring of the text by construction.
 */
public final class SuggestionEngine {

	/** Longest excerpt; a longer sentence is cut to a window around the evidence, at word boundaries. */
	static final int MAX_EXCERPT = 300;

	private static final Set<String> ENGLISH_WORDS = Set.of("the", "and", "of", "to", "in", "a", "is", "that", "for",
			"on", "with", "as", "was", "by", "it", "are", "at", "from", "has", "have", "be", "said", "its", "an",
			"this", "which", "will", "were", "not", "but");

	/** Evidence from words, place and people strong enough to name an event without a date agreeing. */
	static final double STRONG = 4.0;

	/** Words before a date that make it the end of an event already under way. */
	private static final Pattern END_CUE = Pattern.compile("\\b(?:concluded|ended|end|until|through|closed|wrapped)\\b");

	/** Suggestions for the document; nothing when the text is not English, with the reason. */
	public Suggestions suggest(Document document, Known known) {
		String language = (document.language() == null || document.language().isBlank()) ? null
				: document.language().strip().toLowerCase(Locale.ROOT);
		if (language != null && !language.equals("en") && !language.startsWith("en-")) {
			return Suggestions.unsupported(language, "The rules read English only; '" + language + "' is not supported.");
		}
		String text = document.text();
		String folded = Texts.fold(text);
		List<Sentence> sentences = Texts.sentences(text);
		if (!readsAsEnglish(sentences)) {
			return Suggestions.unsupported(language != null ? language : "und",
					"The text does not read as English, the only language the rules support.");
		}
		Run run = new Run(text, folded, document, known);
		return new Suggestions(language != null ? language : "en", true, null, run.suggest(sentences));
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

	/** One document's pass over the text; holds the indexes of {@link Known}, built once. */
	private static final class Run {

		private final String text;

		private final String folded;

		private final Document document;

		private final ActorRules actors;

		private final PlaceRules places;

		private final EventIndex events;

		private final FigureIndex figures;

		private final List<RoleAttribute> roles;

		private final Map<String, Suggestion> suggestions = new LinkedHashMap<>();

		private final Map<String, Sentence> mentionedEvents = new LinkedHashMap<>();

		private final Set<String> datedEvents = new HashSet<>();

		private final Map<String, DateMention> weekReadings = new HashMap<>();

		private String focus;

		Run(String text, String folded, Document document, Known known) {
			this.text = text;
			this.folded = folded;
			this.document = document;
			this.actors = new ActorRules(known.actors());
			this.events = new EventIndex(known.events());
			this.places = new PlaceRules(this.events.locations(),
					known.actors().stream().map((a) -> Texts.fold(a.name())).collect(Collectors.toSet()));
			this.figures = new FigureIndex(known.figures());
			this.roles = RoleAttribute.of(known.attributes());
		}

		List<Suggestion> suggest(List<Sentence> sentences) {
			PartialDate previous = null;
			List<SentenceReading> readings = new ArrayList<>();
			Map<String, Integer> mentions = new HashMap<>();
			for (Sentence sentence : sentences) {
				SentenceReading reading = read(sentence, previous);
				for (DateMention d : reading.dates()) {
					if (d.date() != null && (d.date().precision() == DatePrecision.DAY
							|| d.date().precision() == DatePrecision.AROUND_DAY)) {
						previous = d.date();
					}
				}
				readings.add(reading);
				EventIndex.Match whole = this.events.best(reading, -1, null, EventIndex.Dates.ALL);
				if (whole != null) {
					mentions.merge(whole.event().event().slug(), 1, Integer::sum);
				}
			}
			// the event most sentences are about: "the talks" without a name most likely means it
			this.focus = mentions.entrySet()
				.stream()
				.filter((e) -> e.getValue() >= 2)
				.max(Comparator.comparing((Map.Entry<String, Integer> e) -> e.getValue())
					.thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
				.map(Map.Entry::getKey)
				.orElse(null);
			readings.forEach(this::suggest);
			for (Map.Entry<String, Sentence> mentioned : this.mentionedEvents.entrySet()) {
				if (this.datedEvents.contains(mentioned.getKey())) {
					continue;
				}
				Sentence s = mentioned.getValue();
				DateMention week = this.weekReadings.get(mentioned.getKey());
				String label = (week != null) ? week.valueLabel() : "mentioned without a date";
				add(SuggestedSubject.existing("EVENT", mentioned.getKey()), "occurrence", "occurred", label, s, s.start(),
						s.end(), week != null ? week.rule() : "event-mentioned", 0.5);
			}
			return narrowestDates(List.copyOf(this.suggestions.values()));
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

		private SentenceReading read(Sentence sentence, PartialDate previous) {
			List<String> stems = sentence.tokens().stream().map((t) -> Texts.stem(t.folded())).toList();
			return new SentenceReading(sentence, stems, this.actors.find(this.text, sentence),
					DateRules.find(this.text, this.folded, sentence, this.document.published(), previous),
					FigureRules.find(this.text, this.folded, sentence), this.places.find(this.text, sentence));
		}

		/** The event a date belongs to: one whose date allows it, or an undated one the words clearly name. */
		private EventIndex.Match eventForDate(SentenceReading r, DateMention d) {
			EventIndex.Match match = this.events.best(r, r.sentence().tokenAt(d.start()), this.focus, EventIndex.Dates.ALL);
			if (match == null || d.date() == null) {
				return match;
			}
			EventIndex.Indexed e = match.event();
			if (e.first() == null) {
				return (match.evidence() >= STRONG) ? match : null;
			}
			// a date the event's known date excludes is more often another event than a dispute; a vaguer
			// date that merely fits needs the words to name the event on their own
			if (!EventIndex.overlaps(e, d.date())) {
				return (match.evidence() >= 2 * STRONG) ? match : null;
			}
			boolean exact = d.date().precision() == DatePrecision.DAY && e.first().equals(d.date().anchor());
			return (exact || match.evidence() >= EventIndex.THRESHOLD) ? match : null;
		}

		private void suggest(SentenceReading r) {
			Sentence s = r.sentence();
			EventIndex.Match whole = this.events.best(r, -1, this.focus, EventIndex.Dates.ALL);
			if (whole != null) {
				this.mentionedEvents.putIfAbsent(whole.event().event().slug(), s);
			}
			SuggestedSubject proposal = null;
			for (ActorMention a : r.actors()) {
				if (a.titled() && "PERSON".equals(a.actor().kind())) {
					String value = titleValue(a);
					add(SuggestedSubject.existing("ACTOR", a.actor().slug()), "title", value, a.title(), s,
							Math.min(a.titleStart(), a.start()), Math.max(a.titleEnd(), a.end()), "title-of-named-actor",
							0.9);
				}
			}
			for (DateMention d : r.dates()) {
				EventIndex.Match match = eventForDate(r, d);
				if (match == null) {
					if (d.date() != null && (d.date().precision() == DatePrecision.DAY
							|| d.date().precision() == DatePrecision.AROUND_DAY) && proposal == null) {
						proposal = propose(s);
					}
					if (proposal != null && d.date() != null) {
						add(proposal, "start-date", d.date().code(), d.valueLabel(), s, d.start(), d.end(), d.rule(), 0.6);
					}
					continue;
				}
				String slug = match.event().event().slug();
				this.mentionedEvents.putIfAbsent(slug, s);
				if (d.date() == null) {
					this.weekReadings.putIfAbsent(slug, d);
					continue;
				}
				String attribute = isEnd(d, match) ? "end-date" : "start-date";
				this.datedEvents.add(slug);
				add(SuggestedSubject.existing("EVENT", slug), attribute, d.date().code(), d.valueLabel(), s, d.start(),
						d.end(), d.rule(), confidence(match));
			}
			for (ActorMention a : r.actors()) {
				// the people of a sentence that opens a new dated event belong to it, unless the words clearly name another
				EventIndex.Match match = this.events.best(r, a.first(), this.focus, EventIndex.Dates.AGREEING);
				if (match != null && (proposal == null || match.evidence() >= STRONG)) {
					participate(a, match, null, s);
				}
				else if (proposal != null) {
					participate(a, null, proposal, s);
					// "He Lifeng, who led the delegation in London, called ...": the new statement and the known talks
					EventIndex.Match named = this.events.best(r, a.first(), this.focus, EventIndex.Dates.NONE);
					if (named != null && named.evidence() >= STRONG) {
						participate(a, named, null, s);
					}
				}
			}
			for (PlaceMention p : r.places()) {
				EventIndex.Match match = this.events.best(r, s.tokenAt(p.start()), this.focus, EventIndex.Dates.ALL);
				if (match != null) {
					String location = match.event().location();
					boolean encounter = RoleAttribute.ENCOUNTERS.contains(match.event().event().kind());
					if (encounter && (location == null || location.equals(Texts.fold(p.name())))) {
						add(SuggestedSubject.existing("EVENT", match.event().event().slug()), "location", p.name(),
								p.name(), s, p.start(), p.end(), p.known() ? "location-known-place" : "location-in-place",
								confidence(match));
					}
				}
				else if (proposal != null) {
					add(proposal, "location", p.name(), p.name(), s, p.start(), p.end(), "location-in-place", 0.5);
				}
			}
			for (FigureMention f : r.figures()) {
				Known.Figure figure = this.figures.match(f, r);
				if (figure != null) {
					add(SuggestedSubject.existing("FIGURE", figure.slug()), "amount", f.value(), f.label(), s, f.start(),
							f.end(), f.rule(), 0.8);
					continue;
				}
				// one proposal per amount and unit; a headline repeating the body's figure gives way to the longer sentence
				String key = "FIGURE:figure-" + f.unit() + "-" + f.value() + "|amount|" + f.value();
				Suggestion earlier = this.suggestions.get(key);
				if (earlier != null && earlier.end() - earlier.start() < s.end() - s.start()) {
					this.suggestions.remove(key);
				}
				add(SuggestedSubject.proposed("FIGURE", "figure-" + f.unit() + "-" + f.value(), figureTitle(f, s)), "amount",
						f.value(), f.label(), s, f.start(), f.end(), f.rule(), 0.6);
			}
		}

		private void participate(ActorMention a, EventIndex.Match match, SuggestedSubject proposal, Sentence s) {
			SuggestedSubject subject = (match != null) ? SuggestedSubject.existing("EVENT", match.event().event().slug())
					: proposal;
			String label = a.form().equals(Texts.fold(a.actor().name())) ? a.actor().name()
					: this.text.substring(a.start(), a.end());
			add(subject, "participant", a.actor().slug(), label, s, a.start(), a.end(), "participant-named-with-event",
					match != null ? confidence(match) : 0.5);
			if (match == null || !RoleAttribute.ENCOUNTERS.contains(match.event().event().kind())) {
				return;
			}
			for (RoleAttribute role : this.roles) {
				if (role.heldBy(a, this.folded)) {
					add(subject, role.code(), a.actor().slug(), a.actor().name(), s,
							a.titled() ? Math.min(a.titleStart(), a.start()) : a.start(), a.end(),
							"role-" + role.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'), 0.8);
				}
			}
		}

		private boolean isEnd(DateMention d, EventIndex.Match match) {
			EventIndex.Indexed e = match.event();
			if (e.first() == null || !d.date().first().isAfter(e.first())) {
				return false;
			}
			String before = this.folded.substring(Math.max(0, d.start() - 30), d.start());
			return END_CUE.matcher(before).find();
		}

		private static double confidence(EventIndex.Match match) {
			return Math.min(0.95, 0.4 + match.score() / 20);
		}

		private String titleValue(ActorMention a) {
			String known = a.actor().title();
			if (known != null && ActorRules.titleKey(known).equals(ActorRules.titleKey(a.title()))) {
				return known;
			}
			return a.title();
		}

		/** A new event for a dated sentence no known event fits, titled with the sentence's opening clause. */
		private SuggestedSubject propose(Sentence s) {
			List<Token> tokens = s.tokens();
			int last = Math.min(tokens.size(), 14) - 1;
			for (int k = 5; k <= last; k++) {
				String gap = (k + 1 < tokens.size()) ? this.text.substring(tokens.get(k).end(), tokens.get(k + 1).start()) : "";
				if (gap.contains(",") || gap.contains(";") || gap.contains("—")) {
					last = k;
					break;
				}
			}
			String title = (last >= 0) ? this.text.substring(tokens.get(0).start(), tokens.get(last).end()) : "";
			return SuggestedSubject.proposed("EVENT", "event@" + s.start(), title);
		}

		private String figureTitle(FigureMention f, Sentence s) {
			int at = s.tokenAt(f.start());
			List<Token> tokens = s.tokens();
			int from = Math.max(0, at - 6);
			int to = Math.min(tokens.size() - 1, at + 8);
			return this.text.substring(tokens.get(from).start(), tokens.get(to).end());
		}

		private void add(SuggestedSubject subject, String attribute, String value, String label, Sentence s, int from,
				int to, String rule, double confidence) {
			String key = subject.type() + ":" + subject.key() + "|" + attribute + "|" + value;
			if (this.suggestions.containsKey(key)) {
				return;
			}
			int start = s.start();
			int end = s.end();
			if (end - start > MAX_EXCERPT) {
				int room = Math.max(0, MAX_EXCERPT - (to - from)) / 2;
				start = Math.max(s.start(), from - room);
				end = Math.min(s.end(), Math.max(to, start + MAX_EXCERPT));
				while (start > s.start() && start < from && !Character.isWhitespace(this.text.charAt(start - 1))) {
					start++;
				}
				while (end < s.end() && end > to && !Character.isWhitespace(this.text.charAt(end))) {
					end--;
				}
				end = Math.min(end, start + MAX_EXCERPT);
			}
			this.suggestions.put(key, new Suggestion(subject, attribute, value, label, start, end,
					this.text.substring(start, end), rule, Math.round(confidence * 100) / 100.0));
		}

	}

}
