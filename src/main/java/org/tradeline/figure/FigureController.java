package org.tradeline.figure;

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
@Tag(name = "Figures", description = "Quantitative facts with their claims")
@RequestMapping("/api/v1/figures")
class FigureController {

	private final FigureCatalog catalog;

	private final FigureWrites writes;

	private final Etags etags;

	FigureController(FigureCatalog catalog, FigureWrites writes, Etags etags) {
		this.catalog = catalog;
		this.writes = writes;
		this.etags = etags;
	}

	@GetMapping
	@Operation(operationId = "listFigures", summary = "List figures")
	PageResponse<FigureView> list(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return this.catalog.list(Paging.of(page, size));
	}

	@GetMapping("/{slug}")
	@Operation(operationId = "getFigure", summary = "Get one figure with its claims")
	ResponseEntity<FigureView> get(@PathVariable String slug) {
		return tagged(this.catalog.get(slug));
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "createFigure", summary = "Add a figure")
	ResponseEntity<FigureView> create(@RequestBody FigureRequest request) {
		FigureView figure = this.writes.create(request);
		return ResponseEntity.created(URI.create("/api/v1/figures/" + figure.slug()))
			.eTag(this.etags.of(figure))
			.body(figure);
	}

	@PutMapping(path = "/{slug}", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "replaceFigure", summary = "Replace a figure")
	ResponseEntity<FigureView> replace(@PathVariable String slug,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody FigureRequest request) {
		return tagged(this.writes.replace(slug, ifMatch, request));
	}

	@PatchMapping(path = "/{slug}", consumes = MergePatch.MEDIA_TYPE)
	@Operation(operationId = "patchFigure", summary = "Change some fields of a figure")
	ResponseEntity<FigureView> patch(@PathVariable String slug,
			@RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody JsonNode patch) {
		return tagged(this.writes.patch(slug, ifMatch, patch));
	}

	@DeleteMapping("/{slug}")
	@Operation(operationId = "deleteFigure", summary = "Delete a figure and its claims (reversibly)")
	ResponseEntity<Void> delete(@PathVariable String slug,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		this.writes.delete(slug, ifMatch);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/{slug}/restore")
	@Operation(operationId = "restoreFigure", summary = "Restore a deleted figure and the claims deleted with it")
	ResponseEntity<FigureView> restore(@PathVariable String slug) {
		return tagged(this.writes.restore(slug));
	}

	private ResponseEntity<FigureView> tagged(FigureView figure) {
		return ResponseEntity.ok().eTag(this.etags.of(figure)).body(figure);
	}

}
