package org.tradeline.figure;

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
@RequestMapping("/api/v1/figures")
class FigureController {

	private final FigureCatalog catalog;

	private final FigureWrites writes;

	FigureController(FigureCatalog catalog, FigureWrites writes) {
		this.catalog = catalog;
		this.writes = writes;
	}

	@GetMapping
	PageResponse<FigureView> list(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return this.catalog.list(Paging.of(page, size));
	}

	@GetMapping("/{slug}")
	FigureView get(@PathVariable String slug) {
		return this.catalog.get(slug);
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<FigureView> create(@RequestBody FigureRequest request) {
		FigureView figure = this.writes.create(request);
		return ResponseEntity.created(URI.create("/api/v1/figures/" + figure.slug()))
			.body(figure);
	}

	@PutMapping(path = "/{slug}", consumes = MediaType.APPLICATION_JSON_VALUE)
	FigureView replace(@PathVariable String slug, IfMatch ifMatch, @RequestBody FigureRequest request) {
		return this.writes.replace(slug, ifMatch, request);
	}

	@PatchMapping(path = "/{slug}", consumes = MergePatch.MEDIA_TYPE)
	FigureView patch(@PathVariable String slug, IfMatch ifMatch, @RequestBody JsonNode patch) {
		return this.writes.patch(slug, ifMatch, patch);
	}

	@DeleteMapping("/{slug}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@PathVariable String slug, IfMatch ifMatch) {
		this.writes.delete(slug, ifMatch);
	}

	@PostMapping("/{slug}/restore")
	FigureView restore(@PathVariable String slug) {
		return this.writes.restore(slug);
	}

}
