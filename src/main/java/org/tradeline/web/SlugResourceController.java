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
 * The writes of a resource named by a slug in its URL, the same for every such resource: create,
 * replace, merge-patch, delete and restore, each handed to its {@link ResourceWrites}. The subclass
 * maps the collection's path and adds its reads.
 * @param <R> the request a client writes
 * @param <V> the representation a client reads
 */
public abstract class SlugResourceController<R, V> {

	private final ResourceWrites<String, ?, R, V> writes;

	protected SlugResourceController(ResourceWrites<String, ?, R, V> writes) {
		this.writes = writes;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<V> create(@RequestBody R request) {
		V created = this.writes.create(request);
		return ResponseEntity.created(ResourceLocations.of(getClass(), slugOf(created))).body(created);
	}

	@PutMapping(path = "/{slug}", consumes = MediaType.APPLICATION_JSON_VALUE)
	V replace(@PathVariable String slug, IfMatch ifMatch, @RequestBody R request) {
		return this.writes.replace(slug, ifMatch, request);
	}

	@PatchMapping(path = "/{slug}", consumes = MergePatch.MEDIA_TYPE)
	V patch(@PathVariable String slug, IfMatch ifMatch, @RequestBody JsonNode patch) {
		return this.writes.patch(slug, ifMatch, patch);
	}

	@DeleteMapping("/{slug}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable String slug, IfMatch ifMatch) {
		this.writes.delete(slug, ifMatch);
	}

	@PostMapping("/{slug}/restore")
	V restore(@PathVariable String slug) {
		return this.writes.restore(slug);
	}

	/** The slug of a representation: the last segment of its URL. */
	protected abstract String slugOf(V representation);

}
