package org.tradeline.provenance;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tradeline.web.IdResourceController;
import org.tradeline.web.PageResponse;
import org.tradeline.web.Paging;

@RestController
@RequestMapping("/api/v1/sources")
class SourceController extends IdResourceController<SourceRequest, SourceDetail> {

	private final Provenance provenance;

	SourceController(Provenance provenance, SourceWrites writes) {
		super(writes);
		this.provenance = provenance;
	}

	@GetMapping
	PageResponse<SourceView> list(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, AsOf asOf) {
		return this.provenance.sources(Paging.of(page, size), asOf);
	}

	@GetMapping("/{id}")
	SourceDetail get(@PathVariable long id, AsOf asOf) {
		return this.provenance.source(id, asOf);
	}

	@Override
	protected long idOf(SourceDetail source) {
		return source.id();
	}

}
