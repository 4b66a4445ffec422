package org.tradeline.provenance;

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
import org.tradeline.cache.Etags;
import org.tradeline.store.MergePatch;
import org.tradeline.web.PageResponse;
import org.tradeline.web.Paging;

@RestController
@Tag(name = "Sources", description = "Source documents and how their claims stand")
@RequestMapping("/api/v1/sources")
class SourceController {

	private final Provenance provenance;

	private final ProvenanceWrites writes;

	private final Etags etags;

	SourceController(Provenance provenance, ProvenanceWrites writes, Etags etags) {
		this.provenance = provenance;
		this.writes = writes;
		this.etags = etags;
	}

	@GetMapping
	@Operation(operationId = "listSources", summary = "List sources")
	PageResponse<SourceView> list(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return this.provenance.sources(Paging.of(page, size));
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getSource", summary = "Get one source with its claims")
	ResponseEntity<SourceDetail> get(@PathVariable long id) {
		return tagged(this.provenance.source(id));
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "createSource", summary = "Add a source document, optionally with its claims")
	ResponseEntity<SourceDetail> create(@RequestBody SourceRequest request) {
		SourceDetail source = this.writes.createSource(request);
		return ResponseEntity.created(URI.create("/api/v1/sources/" + source.id()))
			.eTag(this.etags.of(source))
			.body(source);
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "replaceSource", summary = "Replace a source's metadata and citations")
	ResponseEntity<SourceDetail> replace(@PathVariable long id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody SourceRequest request) {
		return tagged(this.writes.replaceSource(id, ifMatch, request));
	}

	@PatchMapping(path = "/{id}", consumes = MergePatch.MEDIA_TYPE)
	@Operation(operationId = "patchSource", summary = "Change some fields of a source")
	ResponseEntity<SourceDetail> patch(@PathVariable long id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody JsonNode patch) {
		return tagged(this.writes.patchSource(id, ifMatch, patch));
	}

	@DeleteMapping("/{id}")
	@Operation(operationId = "deleteSource", summary = "Delete a source and its claims (reversibly)")
	ResponseEntity<Void> delete(@PathVariable long id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		this.writes.deleteSource(id, ifMatch);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/restore")
	@Operation(operationId = "restoreSource", summary = "Restore a deleted source and the claims deleted with it")
	ResponseEntity<SourceDetail> restore(@PathVariable long id) {
		return tagged(this.writes.restoreSource(id));
	}

	private ResponseEntity<SourceDetail> tagged(SourceDetail source) {
		return ResponseEntity.ok().eTag(this.etags.of(source)).body(source);
	}

}
