package org.tradeline.backup;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;

import org.tradeline.provenance.ProvenanceRequests;

/**
 * A source's citations are a list the API numbers 1, 2, 3 ... ({@code @ListIndexBase(1)}), at most as
 * many as a source request takes: a position out of that range, given twice or after a gap is no
 * list element, and every read of the source failed on it. Gaps show once the table ends.
 */
final class CitationRowCheck {

	/** How many citations a source request takes; their positions fit the bits of one long. */
	private static final int MAX_CITATIONS = ColumnRule.maxSize(ProvenanceRequests.SOURCE, "citations");

	private final BiConsumer<String, String> violation;

	/** The citations of each source in tables.source_citation so far, until that table ends. */
	private final Map<Long, Citations> citations = new HashMap<>();

	CitationRowCheck(BiConsumer<String, String> violation) {
		if (MAX_CITATIONS >= Long.SIZE) {
			throw new IllegalStateException("citation positions no longer fit a long: " + MAX_CITATIONS);
		}
		this.violation = violation;
	}

	/** One row of tables.source_citation; path names its position. */
	void citation(long source, int position, String path) {
		if (position < 1 || position > MAX_CITATIONS) {
			this.violation.accept(path, path + " must be from 1 to " + MAX_CITATIONS
					+ " (a source's citations are numbered from 1, and a source has at most " + MAX_CITATIONS + ")");
			return;
		}
		Citations cited = this.citations.computeIfAbsent(source, s -> new Citations());
		long bit = 1L << position;
		if ((cited.positions & bit) != 0) {
			this.violation.accept(path, path + " " + position + " is given twice for source " + source);
			return;
		}
		cited.positions |= bit;
		if (position > cited.last) {
			cited.last = position;
			cited.lastPath = path;
		}
	}

	/** The table has ended: a source whose positions skip one is reported at its last row. */
	void tableRead() {
		new TreeMap<>(this.citations).forEach((source, cited) -> {
			int missing = Long.numberOfTrailingZeros(~(cited.positions | 1L));
			if (missing < cited.last) {
				this.violation.accept(cited.lastPath, cited.lastPath + " " + cited.last + " follows a gap: source "
						+ source + " has no citation at position " + missing + " (positions run 1, 2, 3 ...)");
			}
		});
		this.citations.clear();
	}

	/** A source's citation positions as bits, and the last with its row. */
	private static final class Citations {

		private long positions;

		private int last;

		private String lastPath;

	}

}
