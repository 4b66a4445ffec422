package org.tradeline.actor;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tradeline.actor.ActorCatalog.ActorDetail;
import org.tradeline.actor.ActorCatalog.ActorView;
import org.tradeline.web.PageResponse;
import org.tradeline.web.Paging;
import org.tradeline.web.SlugResourceController;

@RestController
@RequestMapping("/api/v1/actors")
class ActorController extends SlugResourceController<ActorRequest, ActorDetail> {

	private final ActorCatalog catalog;

	ActorController(ActorCatalog catalog, ActorWrites writes) {
		super(writes);
		this.catalog = catalog;
	}

	@GetMapping
	PageResponse<ActorView> list(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return this.catalog.list(Paging.of(page, size));
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
