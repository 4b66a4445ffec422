package org.tradeline.stats;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tradeline.event.EventKind;
import org.tradeline.provenance.ClaimStatus;
import org.tradeline.provenance.DisputeCounts;
import org.tradeline.provenance.Provenance;
import org.tradeline.provenance.SubjectType;
import org.tradeline.stats.Stats.Count;
import org.tradeline.system.ReadDependencies;

/**
 * Computes {@link Stats} with grouped SQL (a fixed number of statements whatever the data size);
 * what is derived from claims (statuses, disputes) comes stored from provenance.
 */
@Service
@Transactional(readOnly = true)
class StatsQueries {

	private static final String LIVE_EVENT = "e.deleted_at is null";

	private final JdbcClient jdbc;

	private final Provenance provenance;

	StatsQueries(JdbcClient jdbc, Provenance provenance) {
		this.jdbc = jdbc;
		this.provenance = provenance;
	}

	Stats stats() {
		ReadDependencies.add("stats");
		return new Stats(totals(), byMonth(), counts("""
				select t.slug, t.name, count(e.id) from topic t
				left join event_topic et on et.topic_id = t.id
				left join event e on e.id = et.event_id and %s
				group by t.slug, t.name""".formatted(LIVE_EVENT)), byKind(), counts("""
				select a.slug, a.name, count(distinct e.id) from event_participant p
				join actor a on a.id = p.actor_id
				join event e on e.id = p.event_id and %s
				group by a.slug, a.name""".formatted(LIVE_EVENT)), disputeStats(this.provenance.disputeCounts()), claimsByStatus(),
				figureSeries());
	}

	private Stats.Totals totals() {
		return this.jdbc.sql("""
				select (select count(*) from event where deleted_at is null),
				       (select count(*) from source where deleted_at is null),
				       (select count(*) from claim where deleted_at is null),
				       (select count(*) from figure where deleted_at is null)""")
			.query((rs, n) -> new Stats.Totals(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
			.single();
	}

	private List<Stats.MonthCount> byMonth() {
		return this.jdbc.sql("""
				select extract(year from e.start_date), extract(month from e.start_date), count(*) from event e
				where %s
				group by extract(year from e.start_date), extract(month from e.start_date)
				order by 1, 2""".formatted(LIVE_EVENT))
			.query((rs, n) -> new Stats.MonthCount(
					String.format(Locale.ROOT, "%04d-%02d", rs.getInt(1), rs.getInt(2)), rs.getLong(3)))
			.list();
	}

	private List<Count> byKind() {
		return largestFirst(this.jdbc.sql("select e.kind, count(*) from event e where " + LIVE_EVENT + " group by e.kind")
			.query((rs, n) -> {
				EventKind kind = EventKind.valueOf(rs.getString(1).strip());
				return new Count(kind.code(), kind.code(), rs.getLong(2));
			})
			.list());
	}

	private List<Count> counts(String sql) {
		return largestFirst(this.jdbc.sql(sql)
			.query((rs, n) -> new Count(rs.getString(1), rs.getString(2), rs.getLong(3)))
			.list());
	}

	private static Stats.DisputeStats disputeStats(DisputeCounts disputes) {
		List<Count> byStatus = List.of(
				new Count("between-sources", "Only different documents disagree",
						disputes.open() - disputes.selfContradicting()),
				new Count("self-contradicting", "A document also contradicts itself", disputes.selfContradicting()));
		return new Stats.DisputeStats(disputes.open(), byStatus,
				largestFirst(disputes.bySubjectType()
					.entrySet()
					.stream()
					.map(e -> new Count(e.getKey().code(), e.getKey().code(), e.getValue()))
					.toList()),
				largestFirst(disputes.byAttribute()
					.stream()
					.map(a -> new Count(a.attribute(), a.label(), a.count()))
					.toList()));
	}

	private List<Count> claimsByStatus() {
		Map<ClaimStatus, Long> counts = this.provenance.claimStatusCounts();
		return largestFirst(counts.entrySet()
			.stream()
			.map(e -> new Count(e.getKey().code(), e.getKey().code(), e.getValue()))
			.toList());
	}

	private List<Stats.FigureSeries> figureSeries() {
		Set<Long> disputed = this.provenance.disputedSubjects(SubjectType.FIGURE);
		Map<String, List<Stats.Point>> byUnit = new LinkedHashMap<>();
		this.jdbc.sql("""
				select f.slug, f.label, f.amount, f.unit, f.period_start, f.period_end, f.id from figure f
				where f.period_start is not null and f.deleted_at is null
				order by f.unit, f.period_start, f.period_end, f.slug""")
			.query((ResultSet rs) -> {
				byUnit.computeIfAbsent(rs.getString(4), unit -> new ArrayList<>())
					.add(new Stats.Point(rs.getString(1), rs.getString(2), rs.getObject(5, LocalDate.class),
							rs.getObject(6, LocalDate.class), plain(rs.getBigDecimal(3)), disputed.contains(rs.getLong(7))));
			});
		return byUnit.entrySet().stream().map(e -> new Stats.FigureSeries(e.getKey(), e.getValue())).toList();
	}

	// numeric(20,4) reads back as 5864.6000; dashboards want the number as stated.
	private static BigDecimal plain(BigDecimal amount) {
		return new BigDecimal(amount.stripTrailingZeros().toPlainString());
	}

	private static List<Count> largestFirst(List<Count> counts) {
		return counts.stream()
			.sorted(Comparator.comparingLong(Count::count).reversed().thenComparing(Count::key))
			.toList();
	}

}
