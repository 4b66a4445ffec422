package org.tradeline.event;

import java.net.URI;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tradeline.cache.IfMatch;
import org.tradeline.event.EventRevisions.RevisionView;
import org.tradeline.event.EventViews.EventDetail;
import org.tradeline.event.EventViews.EventSummary;
import org.tradeline.web.MergePatch;
import org.tradeline.web.PageResponse;
import org.tradeline.web.Paging;

@RestController
@RequestMapping("/api/v1/events")
class EventController {

	private final EventCatalog catalog;

	private final EventWrites writes;

	private final EventRevisions revisions;

	EventController(EventCatalog catalog, EventWrites writes, EventRevisions revisions) {
		this.catalog = catalog;
		this.writes = writes;
		this.revisions = revisions;
	}

	@GetMapping
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
	EventDetail get(@PathVariable String slug) {
		return this.catalog.get(slug);
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<EventDetail> create(@RequestBody EventRequest request) {
		EventDetail event = this.writes.create(request);
		return ResponseEntity.created(URI.create("/api/v1/events/" + event.slug()))
			.body(event);
	}

	@PutMapping(path = "/{slug}", consumes = MediaType.APPLICATION_JSON_VALUE)
	EventDetail replace(@PathVariable String slug, IfMatch ifMatch, @RequestBody EventRequest request) {
		return this.writes.replace(slug, ifMatch, request);
	}

	@PatchMapping(path = "/{slug}", consumes = MergePatch.MEDIA_TYPE)
	EventDetail patch(@PathVariable String slug, IfMatch ifMatch, @RequestBody JsonNode patch) {
		return this.writes.patch(slug, ifMatch, patch);
	}

	@DeleteMapping("/{slug}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable String slug, IfMatch ifMatch) {
		this.writes.delete(slug, ifMatch);
	}

	@PostMapping("/{slug}/restore")
	EventDetail restore(@PathVariable String slug) {
		return this.writes.restore(slug);
	}

	@GetMapping("/{slug}/revisions")
	ResponseEntity<PageResponse<RevisionView>> revisions(@PathVariable String slug,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return editorsOnly(this.revisions.list(slug, Paging.of(page, size)));
	}

	@GetMapping("/{slug}/revisions/{number}")
	ResponseEntity<RevisionView> revision(@PathVariable String slug, @PathVariable int number) {
		return editorsOnly(this.revisions.get(slug, number));
	}

	// Revisions name token holders: never kept by shared caches.
	private static <T> ResponseEntity<T> editorsOnly(T body) {
		return ResponseEntity.ok().cacheControl(CacheControl.noStore().cachePrivate()).body(body);
	}

}
