package org.tradeline.stats;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything a dashboard draws, in one response. Counts are of events unless said otherwise; lists
 * are ordered largest first, months oldest first.
 */
record Stats(Totals totals, List<MonthCount> eventsByMonth, List<Count> eventsByTopic, List<Count> eventsByKind,
		List<Count> eventsByActor, DisputeStats disputes, List<Count> claimsByStatus, List<FigureSeries> figureSeries) {

	record Totals(long events, long sources, long claims, long figures) {
	}

	/** month is yyyy-MM, the month an event's first possible day falls in. */
	record MonthCount(String month, long count) {
	}

	record Count(String key, String label, long count) {
	}

	/**
	 * Tradeline never resolves a dispute, so every dispute is open until the claims change. byStatus
	 * splits them: "between-sources" when only different documents disagree, "self-contradicting"
	 * when one of the documents also contradicts itself on the point.
	 */
	record DisputeStats(long open, List<Count> byStatus, List<Count> bySubjectType, List<Count> byAttribute) {
	}

	/** The figures stated in one unit that cover a period, ordered by period, ready to chart. */
	record FigureSeries(String unit, List<Point> points) {
	}

	record Point(String figure, String label, LocalDate periodStart, LocalDate periodEnd, BigDecimal amount,
			boolean disputed) {
	}

}
