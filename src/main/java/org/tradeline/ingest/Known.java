package org.tradeline.ingest;

import java.time.LocalDate;
import java.util.List;

import org.tradeline.calendar.PartialDate;

/**
 * What the store holds that matching needs, filled by an adapter; the engine never reads the
 * database itself. Kinds and countries are the store's codes ({@code PERSON}, {@code TALKS}, {@code US}).
 */
public record Known(List<Actor> actors, List<Event> events, List<Figure> figures, List<Attribute> attributes) {

	public Known {
		actors = List.copyOf(actors);
		events = List.copyOf(events);
		figures = List.copyOf(figures);
		attributes = List.copyOf(attributes);
	}

	/** A known actor; {@code country} and {@code title} may be null. */
	public record Actor(String slug, String name, String kind, String country, String title) {
	}

	/**
	 * A known event; {@code date} is null when no source dates it yet, {@code participants} are
	 * actor slugs.
	 */
	public record Event(String slug, String title, String kind, PartialDate date, LocalDate end, String location,
			List<String> participants) {

		public Event {
			participants = List.copyOf(participants);
		}

	}

	/** A known figure: what it measures, its unit ({@code tonnes}, {@code percent}, {@code days}) and period. */
	public record Figure(String slug, String label, String unit, LocalDate periodStart, LocalDate periodEnd) {
	}

	/** One entry of the claim vocabulary ({@code subjectType} EVENT/ACTOR/FIGURE, {@code valueType} TEXT/DATE/NUMBER/ACTOR). */
	public record Attribute(String code, String label, String subjectType, String valueType, boolean singleValued) {
	}

}
