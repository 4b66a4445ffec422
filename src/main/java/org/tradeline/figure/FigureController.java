package org.tradeline.figure;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tradeline.web.PageResponse;
import org.tradeline.web.Paging;
import org.tradeline.web.SlugResourceController;

@RestController
@RequestMapping("/api/v1/figures")
class FigureController extends SlugResourceController<FigureRequest, FigureView> {

	private final FigureCatalog catalog;

	FigureController(FigureCatalog catalog, FigureWrites writes) {
		super(writes);
		this.catalog = catalog;
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

	@Override
	protected String slugOf(FigureView figure) {
		return figure.slug();
	}

}
