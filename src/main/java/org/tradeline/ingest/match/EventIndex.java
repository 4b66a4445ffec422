package org.tradeline.ingest.match;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tradeline.calendar.DatePrecision;
import org.tradeline.calendar.PartialDate;
import org.tradeline.ingest.Known;
import org.tradeline.ingest.rules.ActorMention;
import org.tradeline.ingest.rules.DateMention;
import org.tradeline.ingest.rules.SentenceReading;
import org.tradeline.ingest.text.Texts;
import org.tradeline.ingest.text.Token;

/**
 * Known events indexed once per document so that each mention is scored against them without
 * re-reading them: title words weighted by how rare they are among titles, location, participants,
 * date range and kind. An event is the one a mention belongs to when the words around it (ten words
 * either side, the rest of the sentence at half weight) agree on enough of these.
 */
public final class EventIndex {

	static final double THRESHOLD = 3.0;

	/** Evidence from words, place and people strong enough to name an event without a date agreeing. */
	public static final double STRONG = 4.0;

	private static final int WINDOW = 10;

	/** Words that announce an event of each kind, as stems. */
	private static final Map<String, Set<String>> KIND_CUES = Map.of("TALKS",
			Set.of("talk", "negotiation", "negotiat", "meet", "meeting", "consultation", "delegation", "convened",
					"round", "summit", "counterpart", "team", "negotiator", "engag", "met"),
			"CALL", Set.of("call", "phone", "conversation", "spoke", "telephone"), "AGREEMENT",
			Set.of("agre", "deal", "framework", "truce", "accord", "pact"), "MEASURE",
			Set.of("control", "restriction", "ban", "measur", "curb", "sanction", "tariff", "revok", "revocation",
					"impos", "introduc"),
			"STATEMENT", Set.of("said", "told", "announc", "stat", "criticis", "urg", "accus", "warn", "express",
					"call"),
			"DATA_RELEASE", Set.of("data", "figur", "statistic", "releas", "show"));

	public record Indexed(Known.Event event, Set<String> titleStems, String location, Set<String> participants,
			LocalDate first, LocalDate last) {
	}

	private final List<Indexed> events;

	private final Map<String, Double> idf = new HashMap<>();

	/** Events by title stem, participant and location, so a sentence is scored only against events it could be about. */
	private final Map<String, Set<Indexed>> byKey = new HashMap<>();

	private final List<Indexed> dated;

	public EventIndex(List<Known.Event> known) {
		this.events = known.stream().map(EventIndex::index).toList();
		Map<String, Integer> df = new HashMap<>();
		for (Indexed e : this.events) {
			e.titleStems().forEach((s) -> df.merge(s, 1, Integer::sum));
			e.titleStems().forEach((s) -> this.byKey.computeIfAbsent("w:" + s, (k) -> new HashSet<>()).add(e));
			e.participants().forEach((p) -> this.byKey.computeIfAbsent("a:" + p, (k) -> new HashSet<>()).add(e));
			if (e.location() != null) {
				this.byKey.computeIfAbsent("l:" + e.location(), (k) -> new HashSet<>()).add(e);
			}
		}
		int n = this.events.size();
		df.forEach((stem, count) -> this.idf.put(stem, Math.log((n + 1.0) / (count + 0.5))));
		this.dated = this.events.stream().filter((e) -> e.first() != null).toList();
	}

	private static Indexed index(Known.Event event) {
		String location = (event.location() != null) ? Texts.fold(event.location()) : null;
		Set<String> stems = new HashSet<>();
		for (Token t : Texts.words(event.title(), 0, event.title().length())) {
			stems.add(Texts.stem(t.folded()));
			for (String part : t.folded().split("-")) {
				if (!Texts.STOPWORDS.contains(part) && part.length() > 1) {
					stems.add(Texts.stem(part));
				}
			}
		}
		// the place counts once, as the location, not again as a title word
		if (location != null) {
			stems.remove(Texts.stem(location));
		}
		stems.removeIf(Texts.STOPWORDS::contains);
		PartialDate date = event.date();
		LocalDate first = (date != null) ? date.first() : null;
		LocalDate last = (date == null) ? null : (event.end() != null && event.end().isAfter(date.last())) ? event.end() : date.last();
		return new Indexed(event, stems, location, Set.copyOf(event.participants()), first, last);
	}

	public Set<String> locations() {
		Set<String> places = new HashSet<>();
		this.events.stream().map(Indexed::location).filter((l) -> l != null).forEach(places::add);
		return places;
	}

	/** How dates count: all, only those agreeing with the event's date, or not at all. */
	public enum Dates {

		ALL, AGREEING, NONE

	}

	/**
	 * A scored candidate: {@code evidence} is what the words, place, people and kind say, {@code score}
	 * adds what the dates say. A date alone never makes a match: many things happen on one day.
	 */
	public record Match(Indexed event, double score, double evidence) {

		/** How sure a suggestion resting on this match is. */
		public double confidence() {
			return Math.min(0.95, 0.4 + this.score / 20);
		}

	}

	/**
	 * The best event for the mention at token {@code center} of the sentence (-1: the whole sentence),
	 * or null below the threshold; {@code focus} is the event the document is mostly about, which wins
	 * ties of cue words such as "the talks".
	 */
	public Match best(SentenceReading reading, int center, String focus, Dates useDates) {
		Set<Indexed> candidates = new HashSet<>();
		for (int k = 0; k < reading.stems().size(); k++) {
			Set<Indexed> hit = this.byKey.get("w:" + reading.stems().get(k));
			if (hit != null) {
				candidates.addAll(hit);
			}
			Set<Indexed> place = this.byKey.get("l:" + reading.sentence().tokens().get(k).base());
			if (place != null) {
				candidates.addAll(place);
			}
		}
		for (ActorMention a : reading.actors()) {
			Set<Indexed> hit = this.byKey.get("a:" + a.actor().slug());
			if (hit != null) {
				candidates.addAll(hit);
			}
		}
		for (DateMention d : reading.dates()) {
			if (d.date() != null) {
				for (Indexed e : this.dated) {
					if (overlaps(e, d.date())) {
						candidates.add(e);
					}
				}
			}
		}
		Match best = null;
		for (Indexed e : candidates) {
			double evidence = evidence(e, reading, center, focus);
			double dates = switch (useDates) {
				case ALL -> dates(e, reading, center);
				case AGREEING -> Math.max(0, dates(e, reading, center));
				case NONE -> 0;
			};
			double score = evidence + dates;
			// a date the event's own date pins to the day needs little else; a vaguer agreement needs more
			double needed = (dates >= 3.0) ? 1.0 : 2.0;
			if (evidence >= needed && score >= THRESHOLD && (best == null || score > best.score()
					|| (score == best.score() && e.event().slug().compareTo(best.event().event().slug()) < 0))) {
				best = new Match(e, score, evidence);
			}
		}
		return best;
	}

	private double dates(Indexed e, SentenceReading reading, int center) {
		if (e.first() == null) {
			return 0;
		}
		double score = 0;
		for (DateMention d : reading.dates()) {
			if (d.date() == null) {
				continue;
			}
			double weight = near(reading.sentence().tokenAt(d.start()), center) ? 1.0 : 0.5;
			boolean exact = d.date().precision() == DatePrecision.DAY && e.first().equals(e.last())
					&& e.first().equals(d.date().anchor());
			score += (exact ? 3.0 : overlaps(e, d.date()) ? 1.5 : -3.0) * weight;
		}
		return score;
	}

	private double evidence(Indexed e, SentenceReading reading, int center, String focus) {
		Words words = words(e, reading, center);
		double score = words.titleAndPlace() + (words.cue() ? 1.0 : 0.0);
		// each participant once; the actor being placed counts less than others known to take part with it
		Map<String, Double> people = new HashMap<>();
		for (ActorMention a : reading.actors()) {
			if (e.participants().contains(a.actor().slug())) {
				double weight = (a.first() == center) ? 1.0 : near(a.first(), center) ? 1.5 : 0.75;
				people.merge(a.actor().slug(), weight, Math::max);
			}
		}
		score += Math.min(3.0, people.values().stream().mapToDouble(Double::doubleValue).sum());
		if (words.cue() && e.event().slug().equals(focus)) {
			score += 1.0;
		}
		return score;
	}

	/**
	 * Whether the sentence's dates contradict the matched event while nothing but its people and a
	 * cue word point to it: the same people meeting again on another day ("met in Stockholm on
	 * Monday, July 28, for two days of talks") are a new event, not the known talks.
	 */
	public boolean contradicted(Match match, SentenceReading reading, int center) {
		return dates(match.event(), reading, -1) < 0 && words(match.event(), reading, center).titleAndPlace() < 2.0;
	}

	/** What the words say: title words (by rarity, at most 4) and the place, and whether a cue word is near. */
	private Words words(Indexed e, SentenceReading reading, int center) {
		List<Token> tokens = reading.sentence().tokens();
		Map<String, Double> title = new HashMap<>();
		double location = 0;
		boolean cue = false;
		Set<String> cues = KIND_CUES.getOrDefault(e.event().kind(), Set.of());
		boolean[] named = new boolean[tokens.size()];
		for (ActorMention a : reading.actors()) {
			for (int k = a.first(); k <= a.last(); k++) {
				named[k] = true;
			}
		}
		for (int k = 0; k < tokens.size(); k++) {
			double weight = near(k, center) ? 1.0 : 0.5;
			String stem = reading.stems().get(k);
			// a name in the title counts once, as a participant, not again as a title word
			if (!named[k] && e.titleStems().contains(stem)) {
				title.merge(stem, this.idf.getOrDefault(stem, 0.0) * weight, Math::max);
			}
			if (e.location() != null && tokens.get(k).base().equals(e.location())) {
				location = Math.max(location, 2.5 * weight);
			}
			if (near(k, center) && cues.contains(stem)) {
				cue = true;
			}
		}
		return new Words(Math.min(4.0, title.values().stream().mapToDouble(Double::doubleValue).sum()) + location, cue);
	}

	private record Words(double titleAndPlace, boolean cue) {
	}

	private static boolean near(int k, int center) {
		return center < 0 || Math.abs(k - center) <= WINDOW;
	}

	static boolean overlaps(Indexed e, PartialDate date) {
		return e.first() != null && !date.first().isAfter(e.last()) && !e.first().isAfter(date.last());
	}

}
