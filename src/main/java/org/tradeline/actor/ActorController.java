package org.tradeline.actor;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tradeline.actor.ActorCatalog.ActorDetail;
import org.tradeline.actor.ActorCatalog.ActorView;
import org.tradeline.system.PageResponse;
import org.tradeline.system.Paging;

@RestController
@Tag(name = "Actors", description = "People and institutions in the talks")
@RequestMapping("/api/v1/actors")
class ActorController {

	private final ActorCatalog catalog;

	ActorController(ActorCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping
	@Operation(operationId = "listActors", summary = "List actors")
	PageResponse<ActorView> list(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return this.catalog.list(Paging.of(page, size));
	}

	@GetMapping("/{slug}")
	@Operation(operationId = "getActor", summary = "Get one actor with the events they appear in")
	ActorDetail get(@PathVariable String slug) {
		return this.catalog.get(slug);
	}

}
