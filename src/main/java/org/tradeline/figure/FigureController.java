package org.tradeline.figure;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tradeline.system.PageResponse;
import org.tradeline.system.Paging;

@RestController
@Tag(name = "Figures", description = "Quantitative facts with their claims")
@RequestMapping("/api/v1/figures")
class FigureController {

	private final FigureCatalog catalog;

	FigureController(FigureCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping
	@Operation(operationId = "listFigures", summary = "List figures")
	PageResponse<FigureView> list(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return this.catalog.list(Paging.of(page, size));
	}

}
