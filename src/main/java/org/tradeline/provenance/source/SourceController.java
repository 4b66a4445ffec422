package org.tradeline.provenance.source;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tradeline.provenance.AsOf;
import org.tradeline.provenance.Provenance;
import org.tradeline.provenance.source.SourceRevisions.SourceRevisionView;
import org.tradeline.web.IdResourceController;
import org.tradeline.web.PageResponse;
import org.tradeline.web.Paging;

@RestController
@RequestMapping("/api/v1/sources")
public class SourceController extends IdResourceController<SourceRequest, SourceDetail> {

	private final Provenance provenance;

	private final SourceRevisions revisions;

	SourceController(Provenance provenance, SourceWrites writes, SourceRevisions revisions) {
		super(writes);
		this.provenance = provenance;
		this.revisions = revisions;
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

	@GetMapping("/{id}/revisions")
	ResponseEntity<PageResponse<SourceRevisionView>> revisions(@PathVariable long id,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return editorsOnly(this.revisions.list(id, Paging.of(page, size)));
	}

	@GetMapping("/{id}/revisions/{number}")
	ResponseEntity<SourceRevisionView> revision(@PathVariable long id, @PathVariable int number) {
		return editorsOnly(this.revisions.get(id, number));
	}

	// Revisions name token holders: never kept by shared caches.
	private static <T> ResponseEntity<T> editorsOnly(T body) {
		return ResponseEntity.ok().cacheControl(CacheControl.noStore().cachePrivate()).body(body);
	}

	@Override
	protected long idOf(SourceDetail source) {
		return source.id();
	}

}
