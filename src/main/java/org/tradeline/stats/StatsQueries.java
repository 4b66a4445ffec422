package org.tradeline.stats;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Locale;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tradeline.actor.ActorRepository;
import org.tradeline.cache.ReadDependencies;
import org.tradeline.event.EventKind;
import org.tradeline.event.EventTallies;
import org.tradeline.figure.Figures;
import org.tradeline.provenance.ClaimStatus;
import org.tradeline.provenance.DisputeCounts;
import org.tradeline.provenance.Provenance;
import org.tradeline.provenance.subject.SubjectType;
import org.tradeline.stats.Stats.Count;
import org.tradeline.store.Tallies;
import org.tradeline.topic.TopicRepository;

/**
 * Computes {@link Stats} from what the write path keeps counted: the event and claim tallies, the
 * stored disputes; only the small tables (sources, figures) are counted, by their features. Names
 * of topics and actors come from their features too: stats reads no table of its own.
 */
@Service
@Transactional(readOnly = true)
class StatsQueries {

	/** Months (written out or cut short), with a day or a year beside them, and years on their own. */
	private static final Pattern PERIOD_WORDS = Pattern.compile("(?u)\\b(?:(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?"
			+ "(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|"
			+ "apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?(?:,?\\s+(?:19|20)\\d{2})?"
			+ "|(?:19|20)\\d{2})\\b");

	private final Provenance provenance;

	private final Tallies tallies;

	private final EventTallies eventTallies;

	private final TopicRepository topics;

	private final ActorRepository actors;

	private final Figures figures;

	StatsQueries(Provenance provenance, Tallies tallies, EventTallies eventTallies, TopicRepository topics,
			ActorRepository actors, Figures figures) {
		this.provenance = provenance;
		this.tallies = tallies;
		this.eventTallies = eventTallies;
		this.topics = topics;
		this.actors = actors;
		this.figures = figures;
	}

	Stats stats() {
		ReadDependencies.add("stats");
		Map<ClaimStatus, Long> claimsByStatus = this.provenance.claimStatusCounts();
		return new Stats(totals(claimsByStatus), byMonth(), byTopic(), byKind(), byActor(),
				disputeStats(this.provenance.disputeCounts()), claimsByStatus(claimsByStatus), figureSeries());
	}

	private Stats.Totals totals(Map<ClaimStatus, Long> claimsByStatus) {
		long claims = claimsByStatus.values().stream().mapToLong(Long::longValue).sum();
		return new Stats.Totals(this.eventTallies.liveEvents(), this.provenance.liveSources(), claims,
				this.figures.liveCount());
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

	/** Every topic, with the live events filed under it (none too). */
	private List<Count> byTopic() {
		Map<String, Long> counts = this.tallies.read(EventTallies.BY_TOPIC);
		return largestFirst(this.topics.findAll(Sort.by("slug"))
			.stream()
			.map(t -> new Count(t.getSlug(), t.getName(), counts.getOrDefault(String.valueOf(t.getId()), 0L)))
			.toList());
	}

	/** The actors taking part in live events, with how many. */
	private List<Count> byActor() {
		Map<Long, Long> counts = new LinkedHashMap<>();
		this.tallies.read(EventTallies.BY_ACTOR).forEach((actor, n) -> {
			if (n > 0) {
				counts.put(Long.valueOf(actor), n);
			}
		});
		if (counts.isEmpty()) {
			return List.of();
		}
		return largestFirst(this.actors.findByIdIn(counts.keySet())
			.stream()
			.map(a -> new Count(a.getSlug(), a.getName(), counts.get(a.getId())))
			.toList());
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

	/**
	 * One series per kind of figure, so that only like figures are drawn as one line: the same unit, a
	 * period of the same length, and the same label but for the period it names. Labels worded
	 * differently split a series; they never join unlike figures.
	 */
	private List<Stats.FigureSeries> figureSeries() {
		Set<Long> disputed = this.provenance.disputedSubjects(SubjectType.FIGURE);
		Map<List<String>, List<Stats.Point>> byKind = new LinkedHashMap<>();
		for (Figures.DatedFigure f : this.figures.dated()) {
			byKind.computeIfAbsent(Arrays.asList(f.unit(), span(f.periodStart(), f.periodEnd()), measure(f.label())),
					kind -> new ArrayList<>())
				.add(new Stats.Point(f.slug(), f.label(), f.periodStart(), f.periodEnd(), f.amount(), f.approximate(),
						f.qualifiers(), disputed.contains(f.id())));
		}
		return byKind.entrySet()
			.stream()
			.map(e -> new Stats.FigureSeries(e.getKey().get(0), e.getKey().get(1), e.getValue()))
			.toList();
	}

	/** What a figure's label says it measures, without the period: May's exports and June's are one measure. */
	static String measure(String label) {
		String unperiodic = PERIOD_WORDS.matcher(label.toLowerCase(Locale.ROOT)).replaceAll(" ");
		return unperiodic.replaceAll("[^\\p{L}\\p{N}%$]+", " ").strip();
	}

	/**
	 * How long a period is, as an ISO 8601 period: in months (P1M, P5M, P1Y) when it runs from the
	 * first of a month to the last day of one, in days otherwise; null without an end.
	 */
	static String span(LocalDate start, LocalDate end) {
		if (end == null) {
			return null;
		}
		LocalDate after = end.plusDays(1);
		if (start.getDayOfMonth() == 1 && after.getDayOfMonth() == 1) {
			return Period.ofMonths((int) ChronoUnit.MONTHS.between(start, after)).normalized().toString();
		}
		return Period.ofDays((int) ChronoUnit.DAYS.between(start, after)).toString();
	}

	private static List<Count> largestFirst(List<Count> counts) {
		return counts.stream()
			.sorted(Comparator.comparingLong(Count::count).reversed().thenComparing(Count::key))
			.toList();
	}

}
