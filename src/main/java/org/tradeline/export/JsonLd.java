package org.tradeline.export;

import java.util.LinkedHashMap;
import java.util.Map;

import org.tradeline.calendar.DatePrecision;
import org.tradeline.event.EventDate;
import org.tradeline.event.TimelineEntry;
import org.tradeline.provenance.SourceRef;

/**
 * An event as schema.org/Event in JSON-LD. startDate and endDate are ISO 8601 at the precision the
 * sources give: a day ("2025-06-09") for day and around-day dates, a month ("2025-05") for early,
 * mid, late and whole-month ones. Each source document is a citation.
 */
final class JsonLd {

	static final String MEDIA_TYPE = "application/ld+json";

	private JsonLd() {
	}

	static Map<String, Object> of(TimelineEntry entry, String baseUrl) {
		String url = baseUrl + "/api/v1/events/" + entry.slug();
		Map<String, Object> event = new LinkedHashMap<>();
		event.put("@context", "https://schema.org");
		event.put("@type", "Event");
		event.put("@id", url);
		event.put("url", url);
		event.put("identifier", entry.slug());
		event.put("name", entry.title());
		event.put("description", entry.summary());
		EventDate date = entry.date();
		event.put("startDate", iso(date.start().toString(), date.precision()));
		if (date.end() != null) {
			event.put("endDate", iso(date.end().toString(), date.precision()));
		}
		if (entry.location() != null) {
			event.put("location", node("Place", "name", entry.location()));
		}
		event.put("about", entry.topics()
			.stream()
			.map(t -> node("Thing", "identifier", t.slug(), "name", t.name()))
			.toList());
		event.put("attendee", entry.participants()
			.stream()
			.map(p -> node("Thing", "identifier", p.actor(), "name", p.name()))
			.toList());
		event.put("citation", entry.sources().stream().map(JsonLd::citation).toList());
		return event;
	}

	private static Map<String, Object> citation(SourceRef source) {
		Map<String, Object> work = node("CreativeWork", "identifier", source.fileName(), "name", source.fileName());
		if (source.outlet() != null) {
			work.put("publisher", node("Organization", "name", source.outlet()));
		}
		return work;
	}

	/** A typed node with "@type" first, as JSON-LD is usually read. */
	private static Map<String, Object> node(String type, String... properties) {
		Map<String, Object> node = new LinkedHashMap<>();
		node.put("@type", type);
		for (int i = 0; i < properties.length; i += 2) {
			node.put(properties[i], properties[i + 1]);
		}
		return node;
	}

	private static String iso(String day, DatePrecision precision) {
		return switch (precision) {
			case DAY, AROUND_DAY -> day;
			case EARLY_MONTH, MID_MONTH, LATE_MONTH, MONTH -> day.substring(0, 7);
		};
	}

}
