package org.tradeline.event;

import java.time.LocalDate;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tradeline.event.EventViews.EventDetail;
import org.tradeline.event.EventViews.EventRow;
import org.tradeline.event.revision.EventRevisions;
import org.tradeline.event.revision.EventRevisions.RevisionView;
import org.tradeline.problem.InvalidParameterException;
import org.tradeline.provenance.AsOf;
import org.tradeline.web.PrivateAnswer;
import org.tradeline.web.PublicLinks;
import org.tradeline.web.SlugResourceController;
import org.tradeline.web.StateParameter;
import org.tradeline.web.paging.PageResponse;
import org.tradeline.web.paging.Paging;
import org.tradeline.web.paging.SyncWindow;

@RestController
@RequestMapping("/api/v1/events")
class EventController extends SlugResourceController<EventRequest, EventDetail> {

	private final EventCatalog catalog;

	private final EventRevisions revisions;

	private final PublicLinks links;

	EventController(EventCatalog catalog, EventWrites writes, EventRevisions revisions, PublicLinks links) {
		super(writes);
		this.catalog = catalog;
		this.revisions = revisions;
		this.links = links;
	}

	/**
	 * The list, or with {@code updatedSince} a sync: what changed, in the order of change (see SyncWindow).
	 * JSON is declared, as the CSV and iCalendar siblings declare theirs: Spring MVC ranks a mapping
	 * without {@code produces} as producing the wildcard type, which no concrete Accept type includes,
	 * so it would lose to any sibling the client accepts at all, whatever the weights.
	 */
	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<PageResponse<EventRow>> list(
			@RequestParam(required = false) LocalDate from,
			@RequestParam(required = false) LocalDate to,
			@RequestParam(required = false) String topic, @RequestParam(required = false) String actor,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String q,
			@RequestParam(required = false) Boolean disputed, @RequestParam(required = false) String sort,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String state, @RequestParam(required = false) String updatedSince,
			@RequestParam(required = false) String after, @RequestParam(required = false) Boolean includeDeleted,
			AsOf asOf) {
		SyncWindow sync = SyncWindow.of(updatedSince, after, includeDeleted, page, size);
		if (sync == null) {
			return ResponseEntity.ok(this.catalog.find(EventQuery.of(from, to, topic, actor, kind, q, disputed, sort,
					page, size, StateParameter.parse(state)).asOf(asOf)));
		}
		// A mirror takes every change: a row that left a filter could never be reported to it. A sync
		// is public: it shows published events only.
		String[][] filters = { { "from", (from != null) ? "" : null }, { "to", (to != null) ? "" : null },
				{ "topic", topic }, { "actor", actor }, { "kind", kind }, { "q", q },
				{ "disputed", (disputed != null) ? "" : null }, { "sort", sort }, { "state", state },
				{ "asOf", (asOf != null) ? "" : null } };
		for (String[] filter : filters) {
			if (filter[1] != null) {
				throw new InvalidParameterException(filter[0], filter[0]
						+ " does not combine with updatedSince: a sync lists every change in the order of change");
			}
		}
		return this.catalog.sync(sync).answer(this.links);
	}

	// JSON declared beside the JSON-LD sibling, for the reason given on list.
	@GetMapping(path = "/{slug}", produces = MediaType.APPLICATION_JSON_VALUE)
	EventDetail get(@PathVariable String slug, @RequestParam(required = false) String state, AsOf asOf) {
		return this.catalog.get(slug, StateParameter.parse(state), asOf);
	}

	@Override
	protected String slugOf(EventDetail event) {
		return event.slug();
	}

	@GetMapping("/{slug}/revisions")
	ResponseEntity<PageResponse<RevisionView>> revisions(@PathVariable String slug,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return PrivateAnswer.ok(this.revisions.list(slug, Paging.of(page, size)));
	}

	@GetMapping("/{slug}/revisions/{number}")
	ResponseEntity<RevisionView> revision(@PathVariable String slug, @PathVariable int number) {
		return PrivateAnswer.ok(this.revisions.get(slug, number));
	}

}
