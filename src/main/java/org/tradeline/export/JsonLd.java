package org.tradeline.export;

import io.swagger.v3.oas.annotations.media.Schema;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.springframework.web.util.UriUtils;
import org.tradeline.event.EventDate;
import org.tradeline.event.TimelineEntry;
import org.tradeline.provenance.SourceRef;

/**
 * An event as schema.org/Event in JSON-LD. startDate and endDate are ISO 8601 at the precision the
 * sources give: a day ("2025-06-09") for day and around-day dates, a month ("2025-05") for early,
 * mid, late and whole-month ones. Each source document is a citation. Written by
 * {@link JsonLdConverter}, safe to paste into a script element.
 */
@JsonPropertyOrder({ "@context", "@type", "@id" })
@Schema(name = "JsonLdEvent")
record JsonLd(@JsonProperty("@context") String context, @JsonProperty("@type") String type,
		@JsonProperty("@id") String id, String url, String identifier, String name, String description,
		String startDate, String endDate, Place location, List<Thing> about, List<Thing> attendee,
		List<CreativeWork> citation) {

	static final String MEDIA_TYPE = "application/ld+json";

	@JsonPropertyOrder("@type")
	@Schema(name = "JsonLdPlace")
	record Place(@JsonProperty("@type") String type, String name) {
	}

	@JsonPropertyOrder("@type")
	@Schema(name = "JsonLdThing")
	record Thing(@JsonProperty("@type") String type, String identifier, String name) {
	}

	@JsonPropertyOrder("@type")
	@Schema(name = "JsonLdCreativeWork")
	record CreativeWork(@JsonProperty("@type") String type, String identifier, String name, String headline,
			String url, String datePublished, Organization publisher) {
	}

	@JsonPropertyOrder("@type")
	@Schema(name = "JsonLdOrganization")
	record Organization(@JsonProperty("@type") String type, String name) {
	}

	static JsonLd of(TimelineEntry entry, String baseUrl) {
		String url = baseUrl + "/api/v1/events/" + UriUtils.encodePathSegment(entry.slug(), StandardCharsets.UTF_8);
		EventDate date = entry.date();
		return new JsonLd("https://schema.org", "Event", url, url, entry.slug(), entry.title(), entry.summary(),
				iso(date, date.start().toString()), (date.end() != null) ? iso(date, date.end().toString()) : null,
				(entry.location() != null) ? new Place("Place", entry.location()) : null,
				entry.topics().stream().map(t -> new Thing("Thing", t.slug(), t.name())).toList(),
				entry.participants().stream().map(p -> new Thing("Thing", p.actor(), p.name())).toList(),
				entry.sources().stream().map(JsonLd::citation).toList());
	}

	/** datePublished only when the document's text fixes the day: an approximate date is a lower bound. */
	private static CreativeWork citation(SourceRef source) {
		return new CreativeWork("CreativeWork", source.fileName(), source.citation(), source.title(), source.url(),
				(source.publishedDay() != null) ? source.publishedDay().toString() : null,
				(source.outlet() != null) ? new Organization("Organization", source.outlet()) : null);
	}

	private static String iso(EventDate date, String day) {
		return switch (date.precision()) {
			case DAY, AROUND_DAY -> day;
			case EARLY_MONTH, MID_MONTH, LATE_MONTH, MONTH -> day.substring(0, 7);
		};
	}

}
