package org.tradeline.actor;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tradeline.actor.ActorCatalog.ActorDetail;
import org.tradeline.actor.ActorCatalog.ActorRow;
import org.tradeline.web.PublicLinks;
import org.tradeline.web.SlugResourceController;
import org.tradeline.web.paging.PageResponse;
import org.tradeline.web.paging.Paging;
import org.tradeline.web.paging.SyncWindow;

@RestController
@RequestMapping("/api/v1/actors")
class ActorController extends SlugResourceController<ActorRequest, ActorDetail> {

	private final ActorCatalog catalog;

	private final PublicLinks links;

	ActorController(ActorCatalog catalog, ActorWrites writes, PublicLinks links) {
		super(writes);
		this.catalog = catalog;
		this.links = links;
	}

	/** The list, or with {@code updatedSince} a sync: what changed, in the order of change (see SyncWindow). */
	@GetMapping
	ResponseEntity<PageResponse<ActorRow>> list(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String updatedSince,
			@RequestParam(required = false) String after, @RequestParam(required = false) Boolean includeDeleted) {
		SyncWindow sync = SyncWindow.of(updatedSince, after, includeDeleted, page, size);
		return (sync != null) ? this.catalog.sync(sync).answer(this.links) : ResponseEntity.ok(this.catalog.list(Paging.of(page, size)));
	}

	@GetMapping("/{slug}")
	ActorDetail get(@PathVariable String slug) {
		return this.catalog.get(slug);
	}

	@Override
	protected String slugOf(ActorDetail actor) {
		return actor.slug();
	}

}
