package org.tradeline.provenance;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tradeline.system.PageResponse;
import org.tradeline.system.Paging;

@RestController
@Tag(name = "Sources", description = "Source documents and how their claims stand")
@RequestMapping("/api/v1/sources")
class SourceController {

	private final Provenance provenance;

	SourceController(Provenance provenance) {
		this.provenance = provenance;
	}

	@GetMapping
	@Operation(operationId = "listSources", summary = "List sources")
	PageResponse<SourceView> list(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return this.provenance.sources(Paging.of(page, size));
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getSource", summary = "Get one source with its claims")
	SourceDetail get(@PathVariable long id) {
		return this.provenance.source(id);
	}

}
