package org.tradeline.event;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tradeline.event.EventViews.EventDetail;
import org.tradeline.event.EventViews.EventSummary;
import org.tradeline.event.revision.EventRevisions.RevisionView;
import org.tradeline.event.revision.EventRevisions;
import org.tradeline.web.PageResponse;
import org.tradeline.web.Paging;
import org.tradeline.web.SlugResourceController;
import org.tradeline.web.StateParameter;

@RestController
@RequestMapping("/api/v1/events")
class EventController extends SlugResourceController<EventRequest, EventDetail> {

	private final EventCatalog catalog;

	private final EventRevisions revisions;

	EventController(EventCatalog catalog, EventWrites writes, EventRevisions revisions) {
		super(writes);
		this.catalog = catalog;
		this.revisions = revisions;
	}

	@GetMapping
	PageResponse<EventSummary> list(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String topic, @RequestParam(required = false) String actor,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String q,
			@RequestParam(required = false) Boolean disputed, @RequestParam(required = false) String sort,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String state) {
		return this.catalog.find(EventQuery.of(from, to, topic, actor, kind, q, disputed, sort, page, size,
				StateParameter.parse(state)));
	}

	@GetMapping("/{slug}")
	EventDetail get(@PathVariable String slug, @RequestParam(required = false) String state) {
		return this.catalog.get(slug, StateParameter.parse(state));
	}

	@Override
	protected String slugOf(EventDetail event) {
		return event.slug();
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
