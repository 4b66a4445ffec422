package org.tradeline.provenance.source;

import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tradeline.cache.ReadDependencies;
import org.tradeline.store.SyncRows;
import org.tradeline.web.paging.SyncPage;
import org.tradeline.web.paging.SyncWindow;

/**
 * The sources changed in a sync window, in the order of their last change and id (see SyncWindow):
 * a source's own fields, as a row of the list shows them with its current standing.
 */
@Service
@Transactional(readOnly = true)
class SourceSync {

	private final SourceRepository sources;

	private final SourceReads reads;

	private final SyncRows syncRows;

	SourceSync(SourceRepository sources, SourceReads reads, SyncRows syncRows) {
		this.sources = sources;
		this.reads = reads;
		this.syncRows = syncRows;
	}

	SyncPage<SourceRow> sync(SyncWindow window) {
		ReadDependencies.add("sources");
		// A sync is public: a draft is not in it, nor is its deletion.
		return SyncPage.of(window, this.syncRows, "source", "id", SyncRows.PublicView.PUBLISHED_ROWS, ids -> {
			Map<Long, SourceStanding> standing = this.reads.standingOf(ids);
			return this.sources.findByIdIn(ids)
				.stream()
				.collect(Collectors.toMap(Source::getId, s -> SourceView.of(s, standing.get(s.getId()))));
		}, row -> new SourceRow.SourceTombstone(row.id(), row.goneAt(), row.updatedAt()));
	}

}
