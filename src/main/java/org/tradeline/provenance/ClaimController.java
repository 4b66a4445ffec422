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
import org.springframework.web.bind.annotation.RestController;
import org.tradeline.cache.Etags;
import org.tradeline.store.MergePatch;

@RestController
@Tag(name = "Claims", description = "What one source says about one event, actor or figure")
@RequestMapping("/api/v1/claims")
class ClaimController {

	private final ProvenanceWrites writes;

	private final Etags etags;

	ClaimController(ProvenanceWrites writes, Etags etags) {
		this.writes = writes;
		this.etags = etags;
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getClaim", summary = "Get one claim")
	ResponseEntity<ClaimDetail> get(@PathVariable long id) {
		return tagged(this.writes.claim(id));
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "createClaim", summary = "Add a claim")
	ResponseEntity<ClaimDetail> create(@RequestBody ClaimRequest request) {
		ClaimDetail claim = this.writes.createClaim(request);
		return ResponseEntity.created(URI.create("/api/v1/claims/" + claim.id())).eTag(this.etags.of(claim)).body(claim);
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "replaceClaim", summary = "Replace a claim")
	ResponseEntity<ClaimDetail> replace(@PathVariable long id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody ClaimRequest request) {
		return tagged(this.writes.replaceClaim(id, ifMatch, request));
	}

	@PatchMapping(path = "/{id}", consumes = MergePatch.MEDIA_TYPE)
	@Operation(operationId = "patchClaim", summary = "Change some fields of a claim")
	ResponseEntity<ClaimDetail> patch(@PathVariable long id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody JsonNode patch) {
		return tagged(this.writes.patchClaim(id, ifMatch, patch));
	}

	@DeleteMapping("/{id}")
	@Operation(operationId = "deleteClaim", summary = "Delete a claim (reversibly)")
	ResponseEntity<Void> delete(@PathVariable long id,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		this.writes.deleteClaim(id, ifMatch);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{id}/restore")
	@Operation(operationId = "restoreClaim", summary = "Restore a deleted claim")
	ResponseEntity<ClaimDetail> restore(@PathVariable long id) {
		return tagged(this.writes.restoreClaim(id));
	}

	private ResponseEntity<ClaimDetail> tagged(ClaimDetail claim) {
		return ResponseEntity.ok().eTag(this.etags.of(claim)).body(claim);
	}

}
