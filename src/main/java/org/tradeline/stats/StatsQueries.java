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
import org.tradeline.cache.ReadDependencies;
import org.tradeline.event.EventKind;
import org.tradeline.event.EventTallies;
import org.tradeline.provenance.ClaimStatus;
import org.tradeline.provenance.DisputeCounts;
import org.tradeline.provenance.Provenance;
import org.tradeline.provenance.SubjectType;
import org.tradeline.stats.Stats.Count;
import org.tradeline.store.Tallies;

/**
 * Computes {@link Stats} from what the write path keeps counted: the event and claim tallies, the
 * stored disputes; only the small tables (sources, figures) are counted here.
 */
@Service
@Transactional(readOnly = true)
class StatsQueries {

	private final JdbcClient jdbc;

	private final Provenance provenance;

	private final Tallies tallies;

	private final EventTallies eventTallies;

	StatsQueries(JdbcClient jdbc, Provenance provenance, Tallies tallies, EventTallies eventTallies) {
		this.jdbc = jdbc;
		this.provenance = provenance;
		this.tallies = tallies;
		this.eventTallies = eventTallies;
	}

	Stats stats() {
		ReadDependencies.add("stats");
		Map<ClaimStatus, Long> claimsByStatus = this.provenance.claimStatusCounts();
		return new Stats(totals(claimsByStatus), byMonth(), named("""
				select t.slug, t.name, coalesce(y.n, 0) from topic t
				left join tally y on y.name = :name and y.tally_key = cast(t.id as varchar(20))""", EventTallies.BY_TOPIC),
				byKind(), named("""
						select a.slug, a.name, y.n from tally y join actor a on cast(a.id as varchar(20)) = y.tally_key
						where y.name = :name and y.n > 0""", EventTallies.BY_ACTOR),
				disputeStats(this.provenance.disputeCounts()), claimsByStatus(claimsByStatus), figureSeries());
	}

	private Stats.Totals totals(Map<ClaimStatus, Long> claimsByStatus) {
		long events = this.eventTallies.liveEvents();
		long claims = claimsByStatus.values().stream().mapToLong(Long::longValue).sum();
		return this.jdbc.sql("""
				select (select count(*) from source where deleted_at is null),
				       (select count(*) from figure where deleted_at is null)""")
			.query((rs, n) -> new Stats.Totals(events, rs.getLong(1), claims, rs.getLong(2)))
			.single();
	}

	private List<Stats.MonthCount> byMonth() {
		return this.tallies.read(EventTallies.BY_MONTH)
			.entrySet()
			.stream()
			.map(e -> new Stats.MonthCount(e.getKey(), e.getValue()))
			.sorted(Comparator.comparing(Stats.MonthCount::month))
			.toList();
	}

	private List<Count> byKind() {
		return largestFirst(this.tallies.read(EventTallies.BY_KIND).entrySet().stream().map(e -> {
			EventKind kind = EventKind.valueOf(e.getKey());
			return new Count(kind.code(), kind.code(), e.getValue());
		}).toList());
	}

	private List<Count> named(String sql, String tally) {
		return largestFirst(this.jdbc.sql(sql)
			.param("name", tally)
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

	private static List<Count> claimsByStatus(Map<ClaimStatus, Long> counts) {
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
