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

	/**
	 * The figures of one kind, ordered by period, ready to chart: stated in one unit and each over a
	 * period of one length (span, an ISO 8601 period such as P1M for calendar months; null for periods
	 * without an end). A monthly tonnage and a five-month total, or a month-on-month and a year-on-year
	 * change, are never points of one series.
	 */
	@Schema(name = "StatsFigureSeries")
	record FigureSeries(String unit, String span, List<Point> points) {
	}

	/** amount as recorded; approximate and qualifiers as on the figure, no more exact than its sources. */
	@Schema(name = "StatsFigurePoint")
	record Point(String figure, String label, LocalDate periodStart, LocalDate periodEnd, BigDecimal amount,
			boolean approximate, List<String> qualifiers, boolean disputed) {
	}

}
