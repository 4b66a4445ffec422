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
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tradeline.event.EventKind;
import org.tradeline.provenance.ClaimStatus;
import org.tradeline.provenance.DisputeView;
import org.tradeline.provenance.Provenance;
import org.tradeline.provenance.SubjectType;
import org.tradeline.stats.Stats.Count;

/**
 * Computes {@link Stats} with grouped SQL over the tables (a fixed number of statements whatever
 * the data size) plus the dispute detector for what is computed from claims.
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
		List<DisputeView> disputes = this.provenance.disputes(null);
		return new Stats(totals(), byMonth(), counts("""
				select t.slug, t.name, count(e.id) from topic t
				left join event_topic et on et.topic_id = t.id
				left join event e on e.id = et.event_id and %s
				group by t.slug, t.name""".formatted(LIVE_EVENT)), byKind(), counts("""
				select a.slug, a.name, count(distinct e.id) from event_participant p
				join actor a on a.id = p.actor_id
				join event e on e.id = p.event_id and %s
				group by a.slug, a.name""".formatted(LIVE_EVENT)), disputeStats(disputes), claimsByStatus(),
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

	private static Stats.DisputeStats disputeStats(List<DisputeView> disputes) {
		long selfContradicting = disputes.stream().filter(d -> !d.selfContradictingSources().isEmpty()).count();
		List<Count> byStatus = List.of(
				new Count("between-sources", "Only different documents disagree", disputes.size() - selfContradicting),
				new Count("self-contradicting", "A document also contradicts itself", selfContradicting));
		return new Stats.DisputeStats(disputes.size(), byStatus,
				group(disputes, d -> d.subject().type(), d -> d.subject().type()),
				group(disputes, DisputeView::attribute, DisputeView::attributeLabel));
	}

	private static List<Count> group(List<DisputeView> disputes, Function<DisputeView, String> key,
			Function<DisputeView, String> label) {
		Map<String, List<DisputeView>> groups = disputes.stream()
			.collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList()));
		return largestFirst(groups.values()
			.stream()
			.map(g -> new Count(key.apply(g.get(0)), label.apply(g.get(0)), g.size()))
			.toList());
	}

	private List<Count> claimsByStatus() {
		Map<ClaimStatus, Long> counts = this.provenance.claimStatusCounts();
		return largestFirst(counts.entrySet()
			.stream()
			.map(e -> new Count(e.getKey().code(), e.getKey().code(), e.getValue()))
			.toList());
	}

	private List<Stats.FigureSeries> figureSeries() {
		Set<String> disputed = this.provenance.disputes(SubjectType.FIGURE)
			.stream()
			.map(d -> d.subject().slug())
			.collect(Collectors.toSet());
		Map<String, List<Stats.Point>> byUnit = new LinkedHashMap<>();
		this.jdbc.sql("""
				select f.slug, f.label, f.amount, f.unit, f.period_start, f.period_end from figure f
				where f.period_start is not null and f.deleted_at is null
				order by f.unit, f.period_start, f.period_end, f.slug""")
			.query((ResultSet rs) -> {
				byUnit.computeIfAbsent(rs.getString(4), unit -> new ArrayList<>())
					.add(new Stats.Point(rs.getString(1), rs.getString(2), rs.getObject(5, LocalDate.class),
							rs.getObject(6, LocalDate.class), plain(rs.getBigDecimal(3)), disputed.contains(rs.getString(1))));
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
