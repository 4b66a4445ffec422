package org.tradeline.provenance.source;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/** A row of the sources list: a source, or (in a sync that asks for them) a deleted source's tombstone. */
@Schema(oneOf = { SourceView.class, SourceRow.SourceTombstone.class })
public sealed interface SourceRow permits SourceView, SourceRow.SourceTombstone {

	/** A deleted source as a sync lists it. */
	record SourceTombstone(long id, Instant deletedAt, Instant updatedAt) implements SourceRow {
	}

}
