package org.tradeline.export;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.tradeline.event.EventFilter;
import org.tradeline.event.Timeline;
import org.tradeline.event.TimelineEntry;
import org.tradeline.system.StoreChanges;

/**
 * The timeline in newsroom formats. Each has a plain URL under /api/v1/exports to paste into a
 * calendar, spreadsheet, feed reader or TimelineJS, and the natural ones are also offered by
 * content negotiation on the resources themselves (text/csv and text/calendar on /api/v1/events,
 * application/ld+json on an event).
 */
@RestController
@Tag(name = "Exports")
class ExportController {

	/** A feed reader wants what changed lately, not the whole history. */
	static final int FEED_SIZE = 50;

	private static final String TEXT_CALENDAR = "text/calendar";

	private static final String TEXT_CSV = "text/csv";

	private static final String ATOM = "application/atom+xml";

	private final Timeline timeline;

	private final StoreChanges changes;

	ExportController(Timeline timeline, StoreChanges changes) {
		this.timeline = timeline;
		this.changes = changes;
	}

	@GetMapping(path = "/api/v1/exports/timeline.json", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "exportTimelineJs", summary = "Export events as a TimelineJS 3 document")
	TimelineJs timelineJs(@ParameterObject EventFilter filter) {
		return TimelineJs.of(this.timeline.entries(filter), describe(filter));
	}

	@GetMapping(path = "/api/v1/exports/events.ics", produces = TEXT_CALENDAR)
	@Operation(operationId = "exportEventsICalendar", summary = "Export events as an iCalendar file")
	ResponseEntity<String> calendar(@ParameterObject EventFilter filter) {
		return file(ICalendar.of(this.timeline.entries(filter), baseUrl()), ICalendar.MEDIA_TYPE, "tradeline-events.ics");
	}

	@GetMapping(path = "/api/v1/events", produces = TEXT_CALENDAR)
	// Same operation as EventController#list, offered in another media type.
	@Operation(operationId = "listEvents")
	ResponseEntity<String> eventsAsCalendar(@ParameterObject EventFilter filter) {
		return calendar(filter);
	}

	@GetMapping(path = "/api/v1/exports/events.csv", produces = TEXT_CSV)
	@Operation(operationId = "exportEventsCsv", summary = "Export events as CSV")
	ResponseEntity<String> eventsCsv(@ParameterObject EventFilter filter) {
		return file(Csv.events(this.timeline.entries(filter)), Csv.MEDIA_TYPE, "tradeline-events.csv");
	}

	@GetMapping(path = "/api/v1/events", produces = TEXT_CSV)
	@Operation(operationId = "listEvents")
	ResponseEntity<String> eventsAsCsv(@ParameterObject EventFilter filter) {
		return eventsCsv(filter);
	}

	@GetMapping(path = "/api/v1/exports/claims.csv", produces = TEXT_CSV)
	@Operation(operationId = "exportClaimsCsv", summary = "Export the claims about events as CSV")
	ResponseEntity<String> claimsCsv(@ParameterObject EventFilter filter) {
		return file(Csv.claims(this.timeline.entries(filter)), Csv.MEDIA_TYPE, "tradeline-claims.csv");
	}

	@GetMapping(path = "/api/v1/exports/changes.atom", produces = ATOM)
	@Operation(operationId = "exportChangesAtom", summary = "Atom feed of new and changed events")
	ResponseEntity<String> changes(@ParameterObject EventFilter filter) {
		List<TimelineEntry> changed = this.timeline.recentlyChanged(filter, FEED_SIZE);
		String self = ServletUriComponentsBuilder.fromCurrentRequest().build().toUriString();
		return file(AtomFeed.of(changed, baseUrl(), self, this.changes.lastChanged()), AtomFeed.MEDIA_TYPE,
				"tradeline-changes.atom");
	}

	@GetMapping(path = "/api/v1/exports/events/{slug}.jsonld", produces = JsonLd.MEDIA_TYPE)
	@Operation(operationId = "exportEventJsonLd", summary = "Export one event as schema.org JSON-LD")
	JsonLd jsonLd(@PathVariable String slug) {
		return JsonLd.of(this.timeline.entry(slug), baseUrl());
	}

	@GetMapping(path = "/api/v1/events/{slug}", produces = JsonLd.MEDIA_TYPE)
	@Operation(operationId = "getEvent")
	JsonLd eventAsJsonLd(@PathVariable String slug) {
		return jsonLd(slug);
	}

	private static ResponseEntity<String> file(String body, String mediaType, String fileName) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(mediaType))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName).build().toString())
			.body(body);
	}

	private static String baseUrl() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

	private static String describe(EventFilter filter) {
		String applied = Stream
			.of(pair("from", filter.from()), pair("to", filter.to()), pair("topic", filter.topic()),
					pair("actor", filter.actor()), pair("kind", filter.kind()), pair("q", filter.q()),
					pair("disputed", filter.disputed()))
			.filter(s -> !s.isEmpty())
			.collect(Collectors.joining(", "));
		return "A sourced timeline: every fact is attributed to a document, and where documents disagree every "
				+ "version is shown." + (applied.isEmpty() ? "" : " Filtered by " + applied + ".");
	}

	private static String pair(String name, String value) {
		return (value == null || value.isBlank()) ? "" : name + " " + value.strip();
	}

}
