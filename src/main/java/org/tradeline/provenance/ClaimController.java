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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tradeline.cache.IfMatch;
import org.tradeline.web.MergePatch;

@RestController
@RequestMapping("/api/v1/claims")
class ClaimController {

	private final ClaimWrites writes;

	ClaimController(ClaimWrites writes) {
		this.writes = writes;
	}

	@GetMapping("/{id}")
	ClaimDetail get(@PathVariable long id) {
		return this.writes.get(id);
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ClaimDetail> create(@RequestBody ClaimRequest request) {
		ClaimDetail claim = this.writes.create(request);
		return ResponseEntity.created(URI.create("/api/v1/claims/" + claim.id())).body(claim);
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	ClaimDetail replace(@PathVariable long id, IfMatch ifMatch, @RequestBody ClaimRequest request) {
		return this.writes.replace(id, ifMatch, request);
	}

	@PatchMapping(path = "/{id}", consumes = MergePatch.MEDIA_TYPE)
	ClaimDetail patch(@PathVariable long id, IfMatch ifMatch, @RequestBody JsonNode patch) {
		return this.writes.patch(id, ifMatch, patch);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable long id, IfMatch ifMatch) {
		this.writes.delete(id, ifMatch);
	}

	@PostMapping("/{id}/restore")
	ClaimDetail restore(@PathVariable long id) {
		return this.writes.restore(id);
	}

}
