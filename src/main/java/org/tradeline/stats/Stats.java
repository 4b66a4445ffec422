package org.tradeline.stats;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything a dashboard draws, in one response. Counts are of events unless said otherwise; lists
 * are ordered largest first, months oldest first.
 */
@Schema(name = "Stats")
record Stats(Totals totals, List<MonthCount> eventsByMonth, List<Count> eventsByTopic, List<Count> eventsByKind,
		List<Count> eventsByActor, DisputeStats disputes, List<Count> claimsByStatus, List<FigureSeries> figureSeries) {

	@Schema(name = "StatsTotals")
	record Totals(long events, long sources, long claims, long figures) {
	}

	/** month is yyyy-MM, the month an event's first possible day falls in. */
	@Schema(name = "StatsMonthCount")
	record MonthCount(String month, long count) {
	}

	@Schema(name = "StatsCount")
	record Count(String key, String label, long count) {
	}

	/**
	 * Tradeline never resolves a dispute, so every dispute is open until the claims change. byStatus
	 * splits them: "between-sources" when only different documents disagree, "self-contradicting"
	 * when one of the documents also contradicts itself on the point.
	 */
	@Schema(name = "StatsDisputes")
	record DisputeStats(long open, List<Count> byStatus, List<Count> bySubjectType, List<Count> byAttribute) {
	}

	/** The figures stated in one unit that cover a period, ordered by period, ready to chart. */
	@Schema(name = "StatsFigureSeries")
	record FigureSeries(String unit, List<Point> points) {
	}

	@Schema(name = "StatsFigurePoint")
	record Point(String figure, String label, LocalDate periodStart, LocalDate periodEnd, BigDecimal amount,
			boolean disputed) {
	}

}
