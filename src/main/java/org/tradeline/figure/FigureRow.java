package org.tradeline.figure;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/** A row of the figures list: a figure, or (in a sync that asks for them) a deleted figure's tombstone. */
@Schema(oneOf = { FigureView.class, FigureRow.FigureTombstone.class })
sealed interface FigureRow permits FigureView, FigureRow.FigureTombstone {

	/** A deleted figure as a sync lists it. */
	record FigureTombstone(String slug, Instant deletedAt, Instant updatedAt) implements FigureRow {
	}

}
