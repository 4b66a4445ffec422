package org.tradeline.provenance;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tradeline.web.IdResourceController;
import org.tradeline.web.PageResponse;
import org.tradeline.web.Paging;
import org.tradeline.web.SyncWindow;

@RestController
@RequestMapping("/api/v1/sources")
class SourceController extends IdResourceController<SourceRequest, SourceDetail> {

	private final Provenance provenance;

	private final SourceSync sync;

	SourceController(Provenance provenance, SourceWrites writes, SourceSync sync) {
		super(writes);
		this.provenance = provenance;
		this.sync = sync;
	}

	/** The list, or with {@code updatedSince} a sync: what changed, in the order of change (see SyncWindow). */
	@GetMapping
	ResponseEntity<PageResponse<SourceRow>> list(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String updatedSince,
			@RequestParam(required = false) String after, @RequestParam(required = false) Boolean includeDeleted) {
		SyncWindow window = SyncWindow.of(updatedSince, after, includeDeleted, page, size);
		return (window != null) ? this.sync.sync(window).answer()
				: ResponseEntity.ok(this.provenance.sources(Paging.of(page, size)));
	}

	@GetMapping("/{id}")
	SourceDetail get(@PathVariable long id) {
		return this.provenance.source(id);
	}

	@Override
	protected long idOf(SourceDetail source) {
		return source.id();
	}

}
