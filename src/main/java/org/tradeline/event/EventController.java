package org.tradeline.event;

import java.net.URI;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tradeline.cache.Etags;
import org.tradeline.event.EventRevisions.RevisionView;
import org.tradeline.event.EventViews.EventDetail;
import org.tradeline.event.EventViews.EventSummary;
import org.tradeline.store.MergePatch;
import org.tradeline.web.PageResponse;
import org.tradeline.web.Paging;

@RestController
@Tag(name = "Events", description = "Timeline events, filtered, sorted and paged")
@RequestMapping("/api/v1/events")
class EventController {

	private final EventCatalog catalog;

	private final EventWrites writes;

	private final EventRevisions revisions;

	private final Etags etags;

	EventController(EventCatalog catalog, EventWrites writes, EventRevisions revisions, Etags etags) {
		this.catalog = catalog;
		this.writes = writes;
		this.revisions = revisions;
		this.etags = etags;
	}

	@GetMapping
	@Operation(operationId = "listEvents", summary = "List events")
	PageResponse<EventSummary> list(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String topic, @RequestParam(required = false) String actor,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String q,
			@RequestParam(required = false) Boolean disputed, @RequestParam(required = false) String sort,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return this.catalog.find(EventQuery.of(from, to, topic, actor, kind, q, disputed, sort, page, size));
	}

	@GetMapping("/{slug}")
	@Operation(operationId = "getEvent", summary = "Get one event with its claims and disputes")
	ResponseEntity<EventDetail> get(@PathVariable String slug) {
		return tagged(this.catalog.get(slug));
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "createEvent", summary = "Add an event")
	ResponseEntity<EventDetail> create(@RequestBody EventRequest request) {
		EventDetail event = this.writes.create(request);
		return ResponseEntity.created(URI.create("/api/v1/events/" + event.slug()))
			.eTag(this.etags.of(event))
			.body(event);
	}

	@PutMapping(path = "/{slug}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "replaceEvent", summary = "Replace an event")
	ResponseEntity<EventDetail> replace(@PathVariable String slug,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody EventRequest request) {
		return tagged(this.writes.replace(slug, ifMatch, request));
	}

	@PatchMapping(path = "/{slug}", consumes = MergePatch.MEDIA_TYPE)
	@Operation(operationId = "patchEvent", summary = "Change some fields of an event")
	ResponseEntity<EventDetail> patch(@PathVariable String slug,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody JsonNode patch) {
		return tagged(this.writes.patch(slug, ifMatch, patch));
	}

	@DeleteMapping("/{slug}")
	@Operation(operationId = "deleteEvent", summary = "Delete an event and its claims (reversibly)")
	ResponseEntity<Void> delete(@PathVariable String slug,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		this.writes.delete(slug, ifMatch);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{slug}/restore")
	@Operation(operationId = "restoreEvent", summary = "Restore a deleted event and the claims deleted with it")
	ResponseEntity<EventDetail> restore(@PathVariable String slug) {
		return tagged(this.writes.restore(slug));
	}

	@GetMapping("/{slug}/revisions")
	@Operation(operationId = "listEventRevisions", summary = "List an event's revisions (editors)")
	ResponseEntity<PageResponse<RevisionView>> revisions(@PathVariable String slug,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return editorsOnly(this.revisions.list(slug, Paging.of(page, size)));
	}

	@GetMapping("/{slug}/revisions/{number}")
	@Operation(operationId = "getEventRevision", summary = "Get one revision of an event (editors)")
	ResponseEntity<RevisionView> revision(@PathVariable String slug, @PathVariable int number) {
		return editorsOnly(this.revisions.get(slug, number));
	}

	// Revisions name token holders: never kept by shared caches.
	private static <T> ResponseEntity<T> editorsOnly(T body) {
		return ResponseEntity.ok().cacheControl(CacheControl.noStore().cachePrivate()).body(body);
	}

	private ResponseEntity<EventDetail> tagged(EventDetail event) {
		return ResponseEntity.ok().eTag(this.etags.of(event)).body(event);
	}

}
