package org.tradeline.export;

import io.swagger.v3.oas.annotations.media.Schema;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.springframework.web.util.UriUtils;
import org.tradeline.actor.ActorKind;
import org.tradeline.calendar.PartialDate;
import org.tradeline.event.EventDate;
import org.tradeline.event.TimelineEntry;
import org.tradeline.provenance.DisputeView;
import org.tradeline.provenance.SourceRef;

/**
 * An event as schema.org/Event in JSON-LD. startDate and endDate are ISO 8601 no more precise than
 * the sources ({@link PartialDate#iso}): a day ("2025-06-09") only for a day, else the month
 * ("2025-05" for mid-May, "2025-06" for around June 11) or year holding every day the date allows,
 * and none when no such value does. Participants are attendees, each a Person or an Organization;
 * one whose part the sources dispute (as the event's detail marks it) is no attendee, which would
 * state it as fact, but a disputedAttendee whose description gives every side with its sources. Every
 * other dispute over the event (its date, its place) follows the summary in the description, every side
 * with its sources, as iCalendar and Atom give it: startDate and endDate are the event's own date,
 * which a reader must not take for settled when the description says the sources disagree.
 * Each source document is a citation. Written by {@link JsonLdConverter}, safe to paste into a
 * script element.
 */
@JsonPropertyOrder({ "@context", "@type", "@id" })
@Schema(name = "JsonLdEvent")
record JsonLd(@JsonProperty("@context") String context, @JsonProperty("@type") String type,
		@JsonProperty("@id") String id, String url, String identifier, String name, String description,
		String startDate, String endDate, Place location, List<Thing> about, List<Thing> attendee,
		List<DisputedThing> disputedAttendee, List<CreativeWork> citation) {

	static final String MEDIA_TYPE = "application/ld+json";

	@JsonPropertyOrder("@type")
	@Schema(name = "JsonLdPlace")
	record Place(@JsonProperty("@type") String type, String name) {
	}

	@JsonPropertyOrder("@type")
	@Schema(name = "JsonLdThing")
	record Thing(@JsonProperty("@type") String type, String identifier, String name) {
	}

	/** An attendee some sources name and others contradict; the description says how. */
	@JsonPropertyOrder("@type")
	@Schema(name = "JsonLdDisputedAttendee")
	record DisputedThing(@JsonProperty("@type") String type, String identifier, String name, String description) {
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
		return new JsonLd("https://schema.org", "Event", url, url, entry.slug(), entry.title(), description(entry),
				new PartialDate(date.start(), date.precision()).iso(),
				(date.end() != null) ? new PartialDate(date.end(), date.precision()).iso() : null,
				(entry.location() != null) ? new Place("Place", entry.location()) : null,
				entry.topics().stream().map(t -> new Thing("Thing", t.slug(), t.name())).toList(),
				entry.participants()
					.stream()
					.filter(p -> !p.disputed())
					.map(p -> new Thing(type(p.kind()), p.actor(), p.name()))
					.toList(),
				entry.participants()
					.stream()
					.filter(TimelineEntry.ParticipantRef::disputed)
					.map(p -> new DisputedThing(type(p.kind()), p.actor(), p.name(), disputed(p, entry.disputes())))
					.toList(),
				entry.sources().stream().map(JsonLd::citation).toList());
	}

	/** The summary, then each dispute no disputedAttendee gives, as text (see {@link DisputeText}). */
	private static String description(TimelineEntry entry) {
		Set<String> overParticipants = entry.participants()
			.stream()
			.flatMap(p -> p.disputes().stream())
			.collect(Collectors.toSet());
		return entry.summary() + entry.disputes()
			.stream()
			.filter(d -> !overParticipants.contains(d.id()))
			.map(d -> " " + DisputeText.of(d) + ".")
			.collect(Collectors.joining());
	}

	/** Each dispute over the participant, as text (see {@link DisputeText}). */
	private static String disputed(TimelineEntry.ParticipantRef participant, List<DisputeView> disputes) {
		return disputes.stream()
			.filter(d -> participant.disputes().contains(d.id()))
			.map(DisputeText::of)
			.collect(Collectors.joining(". "));
	}

	/** datePublished only when the document's text fixes the day: an approximate date is a lower bound. */
	private static CreativeWork citation(SourceRef source) {
		return new CreativeWork("CreativeWork", source.fileName(), source.citation(), source.title(), source.url(),
				(source.publishedDay() != null) ? source.publishedDay().toString() : null,
				(source.outlet() != null) ? new Organization("Organization", source.outlet()) : null);
	}

	/** The schema.org type an attendee (a Person or Organization) is, by the kind of actor. */
	private static String type(ActorKind kind) {
		return switch (kind) {
			case PERSON -> "Person";
			case GOVERNMENT, MINISTRY, AGENCY, COMPANY, MEDIA -> "Organization";
		};
	}

}
