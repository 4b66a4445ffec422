package org.tradeline.web;

import tools.jackson.databind.JsonNode;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.tradeline.cache.etag.IfMatch;

/**
 * The writes of a resource named by a numeric id in its URL, the same for every such resource: create,
 * replace, merge-patch, delete and restore, each handed to its {@link ResourceWrites}. The subclass
 * maps the collection's path and adds its reads.
 * @param <R> the request a client writes
 * @param <V> the representation a client reads
 */
public abstract class IdResourceController<R, V> {

	private final ResourceWrites<Long, ?, R, V> writes;

	protected IdResourceController(ResourceWrites<Long, ?, R, V> writes) {
		this.writes = writes;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<V> create(@RequestBody R request) {
		V created = this.writes.create(request);
		return ResponseEntity.created(ResourceLocations.of(getClass(), idOf(created))).body(created);
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	V replace(@PathVariable Long id, IfMatch ifMatch, @RequestBody R request) {
		return this.writes.replace(id, ifMatch, request);
	}

	@PatchMapping(path = "/{id}", consumes = MergePatch.MEDIA_TYPE)
	V patch(@PathVariable Long id, IfMatch ifMatch, @RequestBody JsonNode patch) {
		return this.writes.patch(id, ifMatch, patch);
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable Long id, IfMatch ifMatch) {
		this.writes.delete(id, ifMatch);
	}

	@PostMapping("/{id}/restore")
	V restore(@PathVariable Long id) {
		return this.writes.restore(id);
	}

	/** The id of a representation: the last segment of its URL. */
	protected abstract long idOf(V representation);

}
