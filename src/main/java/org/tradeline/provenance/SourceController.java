package org.tradeline.provenance;

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
import org.tradeline.cache.IfMatch;
import org.tradeline.web.MergePatch;
import org.tradeline.web.PageResponse;
import org.tradeline.web.Paging;

@RestController
@RequestMapping("/api/v1/sources")
class SourceController {

	private final Provenance provenance;

	private final SourceWrites writes;

	SourceController(Provenance provenance, SourceWrites writes) {
		this.provenance = provenance;
		this.writes = writes;
	}

	@GetMapping
	PageResponse<SourceView> list(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return this.provenance.sources(Paging.of(page, size));
	}

	@GetMapping("/{id}")
	SourceDetail get(@PathVariable long id) {
		return this.provenance.source(id);
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<SourceDetail> create(@RequestBody SourceRequest request) {
		SourceDetail source = this.writes.create(request);
		return ResponseEntity.created(URI.create("/api/v1/sources/" + source.id()))
			.body(source);
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	SourceDetail replace(@PathVariable long id, IfMatch ifMatch, @RequestBody SourceRequest request) {
		return this.writes.replace(id, ifMatch, request);
	}

	@PatchMapping(path = "/{id}", consumes = MergePatch.MEDIA_TYPE)
	SourceDetail patch(@PathVariable long id, IfMatch ifMatch, @RequestBody JsonNode patch) {
		return this.writes.patch(id, ifMatch, patch);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable long id, IfMatch ifMatch) {
		this.writes.delete(id, ifMatch);
	}

	@PostMapping("/{id}/restore")
	SourceDetail restore(@PathVariable long id) {
		return this.writes.restore(id);
	}

}
