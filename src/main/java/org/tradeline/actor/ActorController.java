package org.tradeline.actor;

import java.net.URI;

import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tradeline.actor.ActorCatalog.ActorDetail;
import org.tradeline.actor.ActorCatalog.ActorView;
import org.tradeline.cache.IfMatch;
import org.tradeline.web.MergePatch;
import org.tradeline.web.PageResponse;
import org.tradeline.web.Paging;

@RestController
@RequestMapping("/api/v1/actors")
class ActorController {

	private final ActorCatalog catalog;

	private final ActorWrites writes;

	ActorController(ActorCatalog catalog, ActorWrites writes) {
		this.catalog = catalog;
		this.writes = writes;
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

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ActorDetail> create(@RequestBody ActorRequest request) {
		ActorDetail actor = this.writes.create(request);
		return ResponseEntity.created(URI.create("/api/v1/actors/" + actor.slug())).body(actor);
	}

	@PutMapping(path = "/{slug}", consumes = MediaType.APPLICATION_JSON_VALUE)
	ActorDetail replace(@PathVariable String slug, IfMatch ifMatch, @RequestBody ActorRequest request) {
		return this.writes.replace(slug, ifMatch, request);
	}

	@PatchMapping(path = "/{slug}", consumes = MergePatch.MEDIA_TYPE)
	ActorDetail patch(@PathVariable String slug, IfMatch ifMatch, @RequestBody JsonNode patch) {
		return this.writes.patch(slug, ifMatch, patch);
	}

	@DeleteMapping("/{slug}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable String slug, IfMatch ifMatch) {
		this.writes.delete(slug, ifMatch);
	}

	@PostMapping("/{slug}/restore")
	ActorDetail restore(@PathVariable String slug) {
		return this.writes.restore(slug);
	}

}
