package org.tradeline.ingest.match;

import java.util.regex.Pattern;

import org.tradeline.calendar.DatePrecision;
import org.tradeline.ingest.Known;
import org.tradeline.ingest.rules.DateMention;
import org.tradeline.ingest.rules.SentenceReading;

/**
 * Places a date of the text on a known event, and says whether it starts or ends it. A date alone
 * never names an event (many things happen on one day), so the words around it have to agree too,
 * and more of them the less the date fits what the event's known date allows.
 */
public final class DatePlacement {

	/** Words before a date that make it the end of an event already under way. */
	private static final Pattern END_CUE = Pattern.compile("\\b(?:concluded|ended|end|until|through|closed|wrapped)\\b");

	private final EventIndex events;

	private final String folded;

	/** {@code folded} is the whole document text, folded, in which the dates' offsets point. */
	public DatePlacement(EventIndex events, String folded) {
		this.events = events;
		this.folded = folded;
	}

	/**
	 * The event a date belongs to: one whose date allows it, or an undated one the words clearly name;
	 * {@code focus} is the event the document is mostly about.
	 */
	public EventIndex.Match eventFor(SentenceReading r, DateMention d, String focus) {
		EventIndex.Match match = this.events.best(r, r.sentence().tokenAt(d.start()), focus, EventIndex.Dates.ALL);
		if (match == null || d.date() == null) {
			return match;
		}
		EventIndex.Indexed e = match.event();
		if (e.first() == null) {
			return (match.evidence() >= EventIndex.STRONG) ? match : null;
		}
		// a date the event's known date excludes is more often another event than a dispute; a vaguer
		// date that merely fits needs the words to name the event on their own
		if (!EventIndex.overlaps(e, d.date())) {
			return (match.evidence() >= 2 * EventIndex.STRONG) ? match : null;
		}
		boolean exact = d.date().precision() == DatePrecision.DAY && e.first().equals(d.date().anchor());
		return (exact || match.evidence() >= EventIndex.THRESHOLD) ? match : null;
	}

	/**
	 * Whether a day falls inside a known span of days after its first ("fruitful" talks on June 10 of
	 * talks held June 9 to 10): a day during the event, which dates neither its start nor, without an
	 * end cue, its end.
	 */
	public boolean during(DateMention d, EventIndex.Match match) {
		Known.Event event = match.event().event();
		if (event.end() == null || event.date() == null || event.date().precision() != DatePrecision.DAY
				|| d.date().precision() != DatePrecision.DAY) {
			return false;
		}
		return d.date().anchor().isAfter(event.date().anchor()) && !d.date().anchor().isAfter(event.end());
	}

	/** Whether a date after the event's start, with an end cue just before it, is when the event ended. */
	public boolean ends(DateMention d, EventIndex.Match match) {
		EventIndex.Indexed e = match.event();
		if (e.first() == null || !d.date().first().isAfter(e.first())) {
			return false;
		}
		String before = this.folded.substring(Math.max(0, d.start() - 30), d.start());
		return END_CUE.matcher(before).find();
	}

}
