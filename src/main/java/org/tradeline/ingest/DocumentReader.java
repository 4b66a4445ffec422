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
import java.util.stream.Collectors;

import org.tradeline.calendar.DatePrecision;
import org.tradeline.calendar.PartialDate;
import org.tradeline.ingest.Suggestion.SuggestedSubject;
import org.tradeline.ingest.match.DatePlacement;
import org.tradeline.ingest.match.EventIndex;
import org.tradeline.ingest.match.FigureIndex;
import org.tradeline.ingest.rules.ActorMention;
import org.tradeline.ingest.rules.ActorRules;
import org.tradeline.ingest.rules.DateMention;
import org.tradeline.ingest.rules.DateRules;
import org.tradeline.ingest.rules.FigureMention;
import org.tradeline.ingest.rules.FigureRules;
import org.tradeline.ingest.rules.PlaceMention;
import org.tradeline.ingest.rules.PlaceRules;
import org.tradeline.ingest.rules.RoleAttribute;
import org.tradeline.ingest.rules.SentenceReading;
import org.tradeline.ingest.text.Sentence;
import org.tradeline.ingest.text.Texts;
import org.tradeline.ingest.text.Token;

/**
 * One document's pass over the text, in two rounds: the first reads every sentence and finds the
 * event the document is mostly about, the second turns what each sentence mentions into suggestions.
 * Holds the indexes of {@link Known}, built once per document.
 */
final class DocumentReader {

	private final String text;

	private final String folded;

	private final Document document;

	private final ActorRules actors;

	private final PlaceRules places;

	private final EventIndex events;

	private final DatePlacement dates;

	private final FigureIndex figures;

	private final List<RoleAttribute> roles;

	private final SuggestionSet suggestions;

	private final Map<String, Sentence> mentionedEvents = new LinkedHashMap<>();

	private final Set<String> datedEvents = new HashSet<>();

	private final Map<String, DateMention> weekReadings = new HashMap<>();

	private String focus;

	DocumentReader(Document document, Known known) {
		this.text = document.text();
		this.folded = Texts.fold(this.text);
		this.document = document;
		this.actors = new ActorRules(known.actors());
		this.events = new EventIndex(known.events());
		this.dates = new DatePlacement(this.events, this.folded);
		this.places = new PlaceRules(this.events.locations(),
				known.actors().stream().map((a) -> Texts.fold(a.name())).collect(Collectors.toSet()));
		this.figures = new FigureIndex(known.figures());
		this.roles = RoleAttribute.of(known.attributes());
		this.suggestions = new SuggestionSet(this.text);
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
			this.suggestions.add(SuggestedSubject.existing("EVENT", mentioned.getKey()), "occurrence", "occurred", label,
					s, s.start(), s.end(), week != null ? week.rule() : "event-mentioned", 0.5);
		}
		return this.suggestions.items();
	}

	private SentenceReading read(Sentence sentence, PartialDate previous) {
		List<String> stems = sentence.tokens().stream().map((t) -> Texts.stem(t.folded())).toList();
		return new SentenceReading(sentence, stems, this.actors.find(this.text, sentence),
				DateRules.find(this.text, this.folded, sentence, this.document.published(), previous),
				FigureRules.find(this.text, this.folded, sentence), this.places.find(this.text, sentence));
	}

	private void suggest(SentenceReading r) {
		EventIndex.Match whole = this.events.best(r, -1, this.focus, EventIndex.Dates.ALL);
		if (whole != null) {
			this.mentionedEvents.putIfAbsent(whole.event().event().slug(), r.sentence());
		}
		suggestTitles(r);
		SuggestedSubject proposal = suggestDates(r);
		suggestParticipants(r, proposal);
		suggestLocations(r, proposal);
		suggestFigures(r);
	}

	private void suggestTitles(SentenceReading r) {
		for (ActorMention a : r.actors()) {
			if (a.titled() && "PERSON".equals(a.actor().kind())) {
				this.suggestions.add(SuggestedSubject.existing("ACTOR", a.actor().slug()), "title", a.knownTitle(),
						a.title(), r.sentence(), Math.min(a.titleStart(), a.start()), Math.max(a.titleEnd(), a.end()),
						"title-of-named-actor", 0.9);
			}
		}
	}

	/** Dates of known events; a dated sentence no known event fits proposes a new one, returned. */
	private SuggestedSubject suggestDates(SentenceReading r) {
		Sentence s = r.sentence();
		SuggestedSubject proposal = null;
		for (DateMention d : r.dates()) {
			EventIndex.Match match = this.dates.eventFor(r, d, this.focus);
			if (match == null) {
				if (d.date() != null && (d.date().precision() == DatePrecision.DAY
						|| d.date().precision() == DatePrecision.AROUND_DAY) && proposal == null) {
					proposal = propose(s);
				}
				if (proposal != null && d.date() != null) {
					this.suggestions.add(proposal, "start-date", d.date().code(), d.valueLabel(), s, d.start(), d.end(),
							d.rule(), 0.6);
				}
				continue;
			}
			String slug = match.event().event().slug();
			this.mentionedEvents.putIfAbsent(slug, s);
			if (d.date() == null) {
				this.weekReadings.putIfAbsent(slug, d);
				continue;
			}
			boolean ends = this.dates.ends(d, match);
			if (!ends && this.dates.during(d, match)) {
				continue;
			}
			String attribute = ends ? "end-date" : "start-date";
			this.datedEvents.add(slug);
			this.suggestions.add(SuggestedSubject.existing("EVENT", slug), attribute, d.date().code(), d.valueLabel(), s,
					d.start(), d.end(), d.rule(), match.confidence());
		}
		return proposal;
	}

	private void suggestParticipants(SentenceReading r, SuggestedSubject proposal) {
		Sentence s = r.sentence();
		for (ActorMention a : r.actors()) {
			// the people of a sentence that opens a new dated event belong to it, unless the words clearly name another
			EventIndex.Match match = this.events.best(r, a.first(), this.focus, EventIndex.Dates.AGREEING);
			if (match != null && (proposal == null
					|| match.evidence() >= EventIndex.STRONG && !this.events.contradicted(match, r, a.first()))) {
				participate(a, match, null, s);
			}
			else if (proposal != null) {
				participate(a, null, proposal, s);
				// "He Lifeng, who led the delegation in London, called ...": the new statement and the known talks
				EventIndex.Match named = this.events.best(r, a.first(), this.focus, EventIndex.Dates.NONE);
				if (named != null && named.evidence() >= EventIndex.STRONG && !this.events.contradicted(named, r, a.first())) {
					participate(a, named, null, s);
				}
			}
		}
	}

	private void suggestLocations(SentenceReading r, SuggestedSubject proposal) {
		Sentence s = r.sentence();
		for (PlaceMention p : r.places()) {
			EventIndex.Match match = this.events.best(r, s.tokenAt(p.start()), this.focus, EventIndex.Dates.ALL);
			if (match != null) {
				String location = match.event().location();
				boolean encounter = RoleAttribute.ENCOUNTERS.contains(match.event().event().kind());
				if (encounter && (location == null || location.equals(Texts.fold(p.name())))) {
					this.suggestions.add(SuggestedSubject.existing("EVENT", match.event().event().slug()), "location",
							p.name(), p.name(), s, p.start(), p.end(),
							p.known() ? "location-known-place" : "location-in-place", match.confidence());
				}
			}
			else if (proposal != null) {
				this.suggestions.add(proposal, "location", p.name(), p.name(), s, p.start(), p.end(), "location-in-place",
						0.5);
			}
		}
	}

	private void suggestFigures(SentenceReading r) {
		Sentence s = r.sentence();
		for (FigureMention f : r.figures()) {
			Known.Figure figure = this.figures.match(f, r);
			if (figure != null) {
				this.suggestions.add(SuggestedSubject.existing("FIGURE", figure.slug()), "amount", f.value(), f.label(),
						s, f.start(), f.end(), f.rule(), 0.8);
				continue;
			}
			// one proposal per amount and unit
			this.suggestions.addFromLongerSentence(
					SuggestedSubject.proposed("FIGURE", "figure-" + f.unit() + "-" + f.value(), figureTitle(f, s)),
					"amount", f.value(), f.label(), s, f.start(), f.end(), f.rule(), 0.6);
		}
	}

	private void participate(ActorMention a, EventIndex.Match match, SuggestedSubject proposal, Sentence s) {
		SuggestedSubject subject = (match != null) ? SuggestedSubject.existing("EVENT", match.event().event().slug())
				: proposal;
		String label = a.form().equals(Texts.fold(a.actor().name())) ? a.actor().name()
				: this.text.substring(a.start(), a.end());
		this.suggestions.add(subject, "participant", a.actor().slug(), label, s, a.start(), a.end(),
				"participant-named-with-event", match != null ? match.confidence() : 0.5);
		if (match == null || !RoleAttribute.ENCOUNTERS.contains(match.event().event().kind())) {
			return;
		}
		for (RoleAttribute role : this.roles) {
			if (role.heldBy(a, this.folded)) {
				this.suggestions.add(subject, role.code(), a.actor().slug(), a.actor().name(), s,
						a.titled() ? Math.min(a.titleStart(), a.start()) : a.start(), a.end(),
						"role-" + role.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'), 0.8);
			}
		}
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

}
