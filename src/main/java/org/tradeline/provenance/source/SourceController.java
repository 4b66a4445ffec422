package org.tradeline.provenance.source;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tradeline.problem.InvalidParameterException;
import org.tradeline.provenance.AsOf;
import org.tradeline.provenance.source.SourceRevisions.SourceRevisionView;
import org.tradeline.store.Visibility;
import org.tradeline.web.IdResourceController;
import org.tradeline.web.PrivateAnswer;
import org.tradeline.web.PublicLinks;
import org.tradeline.web.StateParameter;
import org.tradeline.web.paging.PageResponse;
import org.tradeline.web.paging.Paging;
import org.tradeline.web.paging.SyncWindow;

@RestController
@RequestMapping("/api/v1/sources")
public class SourceController extends IdResourceController<SourceRequest, SourceDetail> {

	private final SourceReads reads;

	private final SourceRevisions revisions;

	private final SourceSync sync;

	private final PublicLinks links;

	SourceController(SourceReads reads, SourceWrites writes, SourceRevisions revisions, SourceSync sync,
			PublicLinks links) {
		super(writes);
		this.reads = reads;
		this.revisions = revisions;
		this.sync = sync;
		this.links = links;
	}

	/** The list, or with {@code updatedSince} a sync: what changed, in the order of change (see SyncWindow). */
	@GetMapping
	ResponseEntity<PageResponse<SourceRow>> list(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String updatedSince,
			@RequestParam(required = false) String after, @RequestParam(required = false) Boolean includeDeleted,
			@RequestParam(name = StateParameter.NAME, required = false) String state, AsOf asOf) {
		Visibility visibility = StateParameter.parse(state);
		SyncWindow window = SyncWindow.of(updatedSince, after, includeDeleted, page, size);
		if (window == null) {
			return ResponseEntity.ok(this.reads.sources(Paging.of(page, size), asOf, visibility));
		}
		if (!visibility.isPublic()) {
			throw new InvalidParameterException(StateParameter.NAME, "A sync is public; it does not show drafts");
		}
		if (asOf != null) {
			throw new InvalidParameterException("asOf",
					"asOf does not combine with updatedSince: a sync lists every change in the order of change");
		}
		return this.sync.sync(window).answer(this.links);
	}

	@GetMapping("/{id}")
	SourceDetail get(@PathVariable long id, @RequestParam(name = StateParameter.NAME, required = false) String state,
			AsOf asOf) {
		return this.reads.source(id, asOf, StateParameter.parse(state));
	}

	@GetMapping("/{id}/revisions")
	ResponseEntity<PageResponse<SourceRevisionView>> revisions(@PathVariable long id,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return PrivateAnswer.ok(this.revisions.list(id, Paging.of(page, size)));
	}

	@GetMapping("/{id}/revisions/{number}")
	ResponseEntity<SourceRevisionView> revision(@PathVariable long id, @PathVariable int number) {
		return PrivateAnswer.ok(this.revisions.get(id, number));
	}

	@Override
	protected long idOf(SourceDetail source) {
		return source.id();
	}

}
