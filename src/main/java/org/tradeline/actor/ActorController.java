package org.tradeline.actor;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tradeline.actor.ActorCatalog.ActorDetail;
import org.tradeline.actor.ActorCatalog.ActorView;
import org.tradeline.cache.Etags;
import org.tradeline.store.MergePatch;
import org.tradeline.web.PageResponse;
import org.tradeline.web.Paging;

@RestController
@Tag(name = "Actors", description = "People and institutions in the talks")
@RequestMapping("/api/v1/actors")
class ActorController {

	private final ActorCatalog catalog;

	private final ActorWrites writes;

	private final Etags etags;

	ActorController(ActorCatalog catalog, ActorWrites writes, Etags etags) {
		this.catalog = catalog;
		this.writes = writes;
		this.etags = etags;
	}

	@GetMapping
	@Operation(operationId = "listActors", summary = "List actors")
	PageResponse<ActorView> list(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return this.catalog.list(Paging.of(page, size));
	}

	@GetMapping("/{slug}")
	@Operation(operationId = "getActor", summary = "Get one actor with the events they appear in")
	ResponseEntity<ActorDetail> get(@PathVariable String slug) {
		return tagged(this.catalog.get(slug));
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "createActor", summary = "Add an actor")
	ResponseEntity<ActorDetail> create(@RequestBody ActorRequest request) {
		ActorDetail actor = this.writes.create(request);
		return ResponseEntity.created(URI.create("/api/v1/actors/" + actor.slug()))
			.eTag(this.etags.of(actor))
			.body(actor);
	}

	@PutMapping(path = "/{slug}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "replaceActor", summary = "Replace an actor")
	ResponseEntity<ActorDetail> replace(@PathVariable String slug,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody ActorRequest request) {
		return tagged(this.writes.replace(slug, ifMatch, request));
	}

	@PatchMapping(path = "/{slug}", consumes = MergePatch.MEDIA_TYPE)
	@Operation(operationId = "patchActor", summary = "Change some fields of an actor")
	ResponseEntity<ActorDetail> patch(@PathVariable String slug,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody JsonNode patch) {
		return tagged(this.writes.patch(slug, ifMatch, patch));
	}

	@DeleteMapping("/{slug}")
	@Operation(operationId = "deleteActor", summary = "Delete an actor nothing refers to (reversibly)")
	ResponseEntity<Void> delete(@PathVariable String slug,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		this.writes.delete(slug, ifMatch);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{slug}/restore")
	@Operation(operationId = "restoreActor", summary = "Restore a deleted actor")
	ResponseEntity<ActorDetail> restore(@PathVariable String slug) {
		return tagged(this.writes.restore(slug));
	}

	private ResponseEntity<ActorDetail> tagged(ActorDetail actor) {
		return ResponseEntity.ok().eTag(this.etags.of(actor)).body(actor);
	}

}
