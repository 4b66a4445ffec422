package org.tradeline.export;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;
import org.springdoc.core.annotations.ParameterObject;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tradeline.event.EventFilter;
import org.tradeline.event.Timeline;
import org.tradeline.event.TimelineChange;
import org.tradeline.event.TimelineEntry;
import org.tradeline.provenance.AsOf;
import org.tradeline.store.StoreChanges;
import org.tradeline.web.PublicLinks;
import org.tradeline.web.StateParameter;
import org.tradeline.web.Text;
import org.tradeline.web.paging.Paging;
import org.tradeline.web.paging.SyncWindow;

/**
 * The timeline in newsroom formats. Each has a plain URL under /api/v1/exports to paste into a
 * calendar, spreadsheet, feed reader or TimelineJS, and the natural ones are also offered by
 * content negotiation on the resources themselves (text/csv and text/calendar on /api/v1/events,
 * application/ld+json on an event).
 * <p>
 * The unpaged exports take one of the shared {@link ExportSlots} for as long as they run. Their
 * events are read in one read-only transaction that has ended (connection returned, nothing left
 * to load lazily) before the first byte is written; the document is then written straight to the
 * response, entry by entry, never built as one string.
 */
@RestController
@Tag(name = "Exports")
class ExportController {

	/** A feed reader wants what changed lately; older pages are a next link away. */
	static final int FEED_SIZE = 50;

	private static final String TEXT_CALENDAR = "text/calendar";

	private static final String TEXT_CSV = "text/csv";

	private static final String ATOM = "application/atom+xml";

	/** The feed's page cursor: changes made before this one. */
	private static final String BEFORE = "before";

	private final Timeline timeline;

	private final StoreChanges changes;

	private final ExportSlots slots;

	private final PublicLinks links;

	private final JsonMapper json;

	ExportController(Timeline timeline, StoreChanges changes, ExportSlots slots, PublicLinks links, JsonMapper json) {
		this.timeline = timeline;
		this.changes = changes;
		this.slots = slots;
		this.links = links;
		this.json = json;
	}

	@GetMapping(path = "/api/v1/exports/timeline.json", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "exportTimelineJs", summary = "Export events as a TimelineJS 3 document",
			responses = @ApiResponse(responseCode = "200", description = "The TimelineJS document",
					content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = TimelineJs.class))))
	void timelineJs(@ParameterObject EventFilter filter, AsOf asOf, HttpServletResponse response) throws IOException {
		export(filter, asOf, entries -> {
			response.setContentType("application/json;charset=UTF-8");
			// Escaped like JSON-LD: a newsroom may paste the document into an inline script.
			this.json.writer().with(JsonLdConverter.SCRIPT_SAFE)
				.writeValue(response.getWriter(), TimelineJs.of(entries, describe(filter, asOf)));
		});
	}

	@GetMapping(path = "/api/v1/exports/events.ics", produces = TEXT_CALENDAR)
	@Operation(operationId = "exportEventsICalendar", summary = "Export events as an iCalendar file",
			responses = @ApiResponse(responseCode = "200", description = "The calendar",
					content = @Content(mediaType = TEXT_CALENDAR, schema = @Schema(type = "string"))))
	void calendar(@ParameterObject EventFilter filter, AsOf asOf, HttpServletResponse response) throws IOException {
		export(filter, asOf, entries -> ICalendar.write(entries, this.links.baseUrl(),
				file(response, ICalendar.MEDIA_TYPE, "tradeline-events.ics")));
	}

	@GetMapping(path = "/api/v1/events", produces = TEXT_CALENDAR)
	// Same operation as EventController#list, offered in another media type.
	@Operation(operationId = "listEvents", responses = @ApiResponse(responseCode = "200",
			// The list's own answer carries an ETag; merged operations keep the header this names.
			headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = "string")),
			content = @Content(mediaType = TEXT_CALENDAR, schema = @Schema(type = "string"))))
	void eventsAsCalendar(@ParameterObject EventFilter filter, @RequestParam(required = false) String state,
			AsOf asOf, HttpServletResponse response) throws IOException {
		StateParameter.publishedOnly(state);
		calendar(filter, asOf, response);
	}

	@GetMapping(path = "/api/v1/exports/events.csv", produces = TEXT_CSV)
	@Operation(operationId = "exportEventsCsv", summary = "Export events as CSV",
			responses = @ApiResponse(responseCode = "200", description = "Events as CSV",
					content = @Content(mediaType = TEXT_CSV, schema = @Schema(type = "string"))))
	void eventsCsv(@ParameterObject EventFilter filter, AsOf asOf, HttpServletResponse response) throws IOException {
		export(filter, asOf, entries -> Csv.events(entries, file(response, Csv.MEDIA_TYPE, "tradeline-events.csv")));
	}

	@GetMapping(path = "/api/v1/events", produces = TEXT_CSV)
	@Operation(operationId = "listEvents", responses = @ApiResponse(responseCode = "200",
			headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = "string")),
			content = @Content(mediaType = TEXT_CSV, schema = @Schema(type = "string"))))
	void eventsAsCsv(@ParameterObject EventFilter filter, @RequestParam(required = false) String state, AsOf asOf,
			HttpServletResponse response) throws IOException {
		StateParameter.publishedOnly(state);
		eventsCsv(filter, asOf, response);
	}

	@GetMapping(path = "/api/v1/exports/claims.csv", produces = TEXT_CSV)
	@Operation(operationId = "exportClaimsCsv", summary = "Export the claims about events as CSV",
			responses = @ApiResponse(responseCode = "200", description = "Claims as CSV",
					content = @Content(mediaType = TEXT_CSV, schema = @Schema(type = "string"))))
	void claimsCsv(@ParameterObject EventFilter filter, AsOf asOf, HttpServletResponse response) throws IOException {
		export(filter, asOf, entries -> Csv.claims(entries, file(response, Csv.MEDIA_TYPE, "tradeline-claims.csv")));
	}

	/**
	 * One page of at most {@code size} changes (default {@link #FEED_SIZE}, at most
	 * {@link Paging#MAX_SIZE}): small, so it needs no slot. Older pages are reached by the next link's
	 * cursor ({@code before}), which stays right while writes happen: a change moves an event to the
	 * first page, never into a page already read.
	 */
	@GetMapping(path = "/api/v1/exports/changes.atom", produces = ATOM)
	@Operation(operationId = "exportChangesAtom", summary = "Atom feed of new, changed and deleted events",
			responses = @ApiResponse(responseCode = "200", description = "The feed",
					content = @Content(mediaType = ATOM, schema = @Schema(type = "string"))))
	void changes(@ParameterObject EventFilter filter, @RequestParam(required = false) String before,
			@RequestParam(required = false) Integer size, AsOf asOf, HttpServletResponse response) throws IOException {
		String cursorText = Text.blankToNull(before);
		SyncWindow.Cursor cursor = (cursorText != null) ? SyncWindow.Cursor.parse(BEFORE, cursorText) : null;
		int pageSize = Paging.of(0, (size != null) ? size : FEED_SIZE).size();
		TimelineChange.Page page = this.timeline.changes(filter, cursor, pageSize, asOf);
		AtomFeed.write(AtomFeed.feedId(page.filters()), page.changes(), this.links.baseUrl(), feedLinks(page.next()),
				this.changes.publicLastChange().at(), file(response, AtomFeed.MEDIA_TYPE, "tradeline-changes.atom"));
	}

	/** This page's own URL, the first page's (the same without a cursor) and the next one's. */
	private AtomFeed.Links feedLinks(SyncWindow.Cursor next) {
		String self = this.links.currentRequest();
		int query = self.indexOf('?');
		String first = (query < 0) ? self : self.substring(0, query);
		if (query >= 0) {
			// The query as the client sent it (already percent-encoded), without the cursor.
			String kept = Arrays.stream(self.substring(query + 1).split("&"))
				.filter(pair -> !pair.equals(BEFORE) && !pair.startsWith(BEFORE + "="))
				.collect(Collectors.joining("&"));
			first = kept.isEmpty() ? first : first + "?" + kept;
		}
		String nextUrl = (next != null) ? first + (first.contains("?") ? "&" : "?") + BEFORE + "=" + next : null;
		return new AtomFeed.Links(self, first, nextUrl);
	}

	@GetMapping(path = "/api/v1/exports/events/{slug}.jsonld", produces = JsonLd.MEDIA_TYPE)
	@Operation(operationId = "exportEventJsonLd", summary = "Export one event as schema.org JSON-LD")
	JsonLd jsonLd(@PathVariable String slug, AsOf asOf) {
		return JsonLd.of(this.timeline.entry(slug, asOf), this.links.baseUrl());
	}

	@GetMapping(path = "/api/v1/events/{slug}", produces = JsonLd.MEDIA_TYPE)
	@Operation(operationId = "getEvent")
	JsonLd eventAsJsonLd(@PathVariable String slug, @RequestParam(required = false) String state, AsOf asOf) {
		StateParameter.publishedOnly(state);
		return jsonLd(slug, asOf);
	}

	/** Headers of a downloadable document, and the writer its body goes to. */
	private static PrintWriter file(HttpServletResponse response, String mediaType, String fileName) throws IOException {
		response.setContentType(mediaType);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.inline().filename(fileName).build().toString());
		return response.getWriter();
	}

	/**
	 * A whole-timeline export: holds one slot while the events are read (in their own read-only
	 * transaction) and written.
	 */
	private void export(EventFilter filter, AsOf asOf, EntriesWriter writer) throws IOException {
		try (ExportSlots.Slot slot = this.slots.take()) {
			List<TimelineEntry> entries = this.timeline.entries(filter, asOf);
			slot.answered(entries.size());
			writer.write(entries);
		}
	}

	@FunctionalInterface
	private interface EntriesWriter {

		void write(List<TimelineEntry> entries) throws IOException;

	}

	private static String describe(EventFilter filter, AsOf asOf) {
		String applied = Stream
			.of(pair("from", filter.from()), pair("to", filter.to()), pair("topic", filter.topic()),
					pair("actor", filter.actor()), pair("kind", filter.kind()), pair("q", filter.q()),
					pair("disputed", filter.disputed()), pair("as of", (asOf != null) ? asOf.asOf().toString() : null))
			.filter(s -> !s.isEmpty())
			.collect(Collectors.joining(", "));
		return "A sourced timeline: every fact is attributed to a document, and where documents disagree every "
				+ "version is shown." + (applied.isEmpty() ? "" : " Filtered by " + applied + ".");
	}

	private static String pair(String name, String value) {
		return (value == null || value.isBlank()) ? "" : name + " " + value.strip();
	}

}
