package org.tradeline.figure;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tradeline.web.PublicLinks;
import org.tradeline.web.SlugResourceController;
import org.tradeline.web.paging.PageResponse;
import org.tradeline.web.paging.Paging;
import org.tradeline.web.paging.SyncWindow;

@RestController
@RequestMapping("/api/v1/figures")
class FigureController extends SlugResourceController<FigureRequest, FigureView> {

	private final FigureCatalog catalog;

	private final PublicLinks links;

	FigureController(FigureCatalog catalog, FigureWrites writes, PublicLinks links) {
		super(writes);
		this.catalog = catalog;
		this.links = links;
	}

	/** The list, or with {@code updatedSince} a sync: what changed, in the order of change (see SyncWindow). */
	@GetMapping
	ResponseEntity<PageResponse<FigureRow>> list(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String updatedSince,
			@RequestParam(required = false) String after, @RequestParam(required = false) Boolean includeDeleted) {
		SyncWindow sync = SyncWindow.of(updatedSince, after, includeDeleted, page, size);
		return (sync != null) ? this.catalog.sync(sync).answer(this.links) : ResponseEntity.ok(this.catalog.list(Paging.of(page, size)));
	}

	@GetMapping("/{slug}")
	FigureView get(@PathVariable String slug) {
		return this.catalog.get(slug);
	}

	@Override
	protected String slugOf(FigureView figure) {
		return figure.slug();
	}

}
