package org.tradeline.provenance;

import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.criteria.CommonAbstractCriteria;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tradeline.cache.ReadDependencies;
import org.tradeline.problem.NotFoundException;
import org.tradeline.provenance.claim.Claim;
import org.tradeline.provenance.claim.ClaimAttribute;
import org.tradeline.provenance.claim.ClaimDetail;
import org.tradeline.provenance.claim.ClaimRepository;
import org.tradeline.provenance.claim.SubjectDirectory;
import org.tradeline.provenance.dispute.Dispute;
import org.tradeline.provenance.dispute.DisputeDetector.Assessment;
import org.tradeline.provenance.dispute.DisputeDetector.Conflict;
import org.tradeline.provenance.dispute.DisputeDetector.Fact;
import org.tradeline.provenance.dispute.DisputeDetector;
import org.tradeline.provenance.dispute.DisputeViews;
import org.tradeline.provenance.source.Source;
import org.tradeline.provenance.source.SourceClaimView;
import org.tradeline.provenance.source.SourceDetail;
import org.tradeline.provenance.source.SourceRepository;
import org.tradeline.provenance.source.SourceRow;
import org.tradeline.provenance.source.SourceStanding;
import org.tradeline.provenance.source.SourceView;
import org.tradeline.store.PublicationState;
import org.tradeline.store.StoreChange;
import org.tradeline.store.Tallies;
import org.tradeline.store.Visibility;
import org.tradeline.web.PageResponse;
import org.tradeline.web.Paging;

/**
 * Read side of provenance. Views of a few subjects (an event, a page of figures, one claim) are
 * assessed from those subjects' claims as stored; everything that spans the store (standings,
 * the dispute list, counts, the disputed filter) reads what {@link DerivedProvenance} keeps.
 */
@Service
@Transactional(readOnly = true)
public class Provenance {

	private final ClaimRepository claims;

	private final SourceRepository sources;

	private final SubjectDirectory directory;

	private final JdbcClient jdbc;

	private final Tallies tallies;

	Provenance(ClaimRepository claims, SourceRepository sources, SubjectDirectory directory, JdbcClient jdbc,
			Tallies tallies) {
		this.claims = claims;
		this.sources = sources;
		this.directory = directory;
		this.jdbc = jdbc;
		this.tallies = tallies;
	}

	/**
	 * The sources the visibility selects (drafts for editors only); as of a day, the published
	 * sources in print by then, their claims standing as they stood then.
	 */
	public PageResponse<SourceRow> sources(Paging paging, AsOf asOf, Visibility visibility) {
		ReadDependencies.add("sources");
		Sort order = Sort.by("fileName");
		Page<Source> page = (asOf == null) ? this.sources.findByStateIn(visibility.states(), paging.pageable(order))
				: this.sources.findInPrint(asOf.lastDay(), asOf.lastApproximateDay(), paging.pageable(order));
		List<Long> ids = page.getContent().stream().map(Source::getId).toList();
		Map<Long, SourceStanding> standing = (asOf == null) ? standingOf(ids) : standingAsOf(ids, asOf);
		return PageResponse.of(page, s -> SourceView.of(s, standing.get(s.getId())));
	}

	/** One source the visibility selects; an editor's view shows its draft claims too. */
	public SourceDetail source(long id, AsOf asOf, Visibility visibility) {
		Source source = this.sources.findById(id)
			.filter(s -> visibility.selects(s.getState()) && (asOf == null || asOf.counts(s)))
			.orElseThrow(() -> new NotFoundException("source", String.valueOf(id)));
		ReadDependencies.add("source:" + id, StoreChange.contents("source:" + id));
		List<Claim> own = visibility.isPublic() ? publicOnes(this.claims.findBySourceId(id))
				: this.claims.findBySourceId(id);
		if (asOf == null) {
			SourceView view = SourceView.of(source, standingOf(List.of(id)).get(id));
			return SourceDetail.of(view, claimsOf(own, null));
		}
		Map<Long, ClaimStatus> statuses = statusesAsOf(own, asOf);
		SourceView view = SourceView.of(source, standing(own, statuses).getOrDefault(id, SourceStanding.of(Map.of())));
		return SourceDetail.of(view, claimsOf(own, statuses));
	}

	/**
	 * One claim with its subject and standing among the claims about the same subject, if the read
	 * selects its state; the public sees no draft claim, nor any claim about a draft event.
	 */
	public ClaimDetail claim(Claim claim, Visibility visibility) {
		Subject subject = claim.subject();
		if (!visibility.selects(claim.getState())
				|| (visibility.isPublic() && !this.directory.drafts(List.of(subject)).isEmpty())) {
			throw new NotFoundException("claim", String.valueOf(claim.getId()));
		}
		ClaimView view = forSubject(subject.type(), subject.id(), new ClaimScope(visibility, null)).claims()
			.stream()
			.filter(c -> c.id() == claim.getId())
			.findFirst()
			.orElseThrow(() -> new NotFoundException("claim", String.valueOf(claim.getId())));
		ReadDependencies.add("claim:" + claim.getId());
		SubjectRef ref = this.directory.name(List.of(subject)).get(subject);
		return new ClaimDetail(view.id(), ref, view.attribute(), view.attributeLabel(), view.value(), view.valueLabel(),
				view.excerpt(), view.source(), view.status(), view.state());
	}

	/** What revisions record of the claims about one subject. */
	public List<ClaimState> statesOf(Subject subject) {
		return this.claims.findBySubjects(subject.type(), List.of(subject.id())).stream().map(Claim::state).toList();
	}

	/**
	 * Claims and disputes for each of the given subjects of one type. Declares the subjects and the
	 * claims' sources as what the answer being computed depends on.
	 */
	public Map<Long, SubjectProvenance> forSubjects(SubjectType type, Collection<Long> ids) {
		return forSubjects(type, ids, ClaimScope.PUBLIC);
	}

	/**
	 * The same, with the claims the scope counts: published ones to the public, every one in an
	 * editor's view (which assesses them all together: what the subject would look like if its
	 * drafts were published), and as of a day only those in print by then.
	 */
	public Map<Long, SubjectProvenance> forSubjects(SubjectType type, Collection<Long> ids, ClaimScope scope) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		ids.forEach(id -> ReadDependencies.add(new Subject(type, id).tag(), new Subject(type, id).claimsTag()));
		List<Claim> loaded = this.claims.findBySubjects(type, ids, scope.asOf()).stream().filter(scope::shows).toList();
		loaded.forEach(claim -> ReadDependencies.add("source:" + claim.getSource().getId()));
		Assessment assessment = DisputeDetector.assess(loaded.stream().map(Provenance::fact).toList());
		List<Conflict> conflicts = assessment.conflicts();
		// Names are looked up only for subjects in dispute: most views have none.
		Map<Subject, SubjectRef> names = conflicts.isEmpty() ? Map.of()
				: this.directory.name(conflicts.stream().map(Conflict::subject).collect(Collectors.toSet()));
		List<DisputeView> disputes = DisputeViews.of(conflicts, loaded, names);
		Map<Long, SubjectProvenance> result = new LinkedHashMap<>();
		for (Claim claim : loaded) {
			long id = claim.subject().id();
			result.computeIfAbsent(id, k -> new SubjectProvenance(new ArrayList<>(), new ArrayList<>()))
				.claims()
				.add(ClaimView.of(claim, assessment.statuses().get(claim.getId())));
		}
		for (int i = 0; i < disputes.size(); i++) {
			result.get(conflicts.get(i).subject().id()).disputes().add(disputes.get(i));
		}
		return result;
	}

	public SubjectProvenance forSubject(SubjectType type, long id) {
		return forSubject(type, id, ClaimScope.PUBLIC);
	}

	public SubjectProvenance forSubject(SubjectType type, long id, ClaimScope scope) {
		return forSubjects(type, List.of(id), scope).getOrDefault(id, SubjectProvenance.NONE);
	}

	/**
	 * A criteria predicate for list filters: the subject whose id is given has an open dispute. An
	 * indexed lookup per row, whatever the number of disputes.
	 */
	public static Predicate disputed(SubjectType type, Expression<Long> subjectId, CommonAbstractCriteria query,
			CriteriaBuilder cb) {
		return disputed(type, subjectId, null, query, cb);
	}

	/** As of a day: both sides of the dispute were in print by then. */
	public static Predicate disputed(SubjectType type, Expression<Long> subjectId, AsOf asOf,
			CommonAbstractCriteria query, CriteriaBuilder cb) {
		Subquery<Integer> dispute = query.subquery(Integer.class);
		Root<Dispute> root = dispute.from(Dispute.class);
		Predicate subject = cb.and(cb.equal(root.get("subjectType"), type), cb.equal(root.get("subjectId"), subjectId));
		dispute.select(cb.literal(1))
			.where((asOf == null) ? subject
					: cb.and(subject, cb.lessThanOrEqualTo(root.<LocalDate>get("inPrintFrom"), asOf.asOf())));
		return cb.exists(dispute);
	}

	/**
	 * A criteria predicate for the timeline as of a day: some live claim the scope shows about the
	 * subject comes from a source in print by then. An indexed lookup per row.
	 */
	public static Predicate reported(SubjectType type, Expression<Long> subjectId, ClaimScope scope,
			CommonAbstractCriteria query, CriteriaBuilder cb) {
		AsOf asOf = scope.asOf();
		Subquery<Integer> claim = query.subquery(Integer.class);
		Root<Claim> root = claim.from(Claim.class);
		Join<Claim, Source> source = root.join("source");
		Expression<LocalDate> published = source.get("publishedOn");
		Expression<PublicationPrecision> precision = source.get("publishedPrecision");
		claim.select(cb.literal(1))
			.where(cb.equal(root.get(subjectColumn(type)), subjectId), root.get("state").in(scope.claimStates()),
					cb.or(cb.and(cb.equal(precision, PublicationPrecision.DAY),
							cb.lessThanOrEqualTo(published, asOf.lastDay())),
							cb.and(cb.equal(precision, PublicationPrecision.APPROXIMATE),
									cb.lessThanOrEqualTo(published, asOf.lastApproximateDay()))));
		return cb.exists(claim);
	}

	private static String subjectColumn(SubjectType type) {
		return switch (type) {
			case EVENT -> "eventId";
			case ACTOR -> "actorId";
			case FIGURE -> "figureId";
		};
	}

	/** Which of the given subjects of one type have an open dispute (as of a day, when asOf is given). */
	public Set<Long> disputedAmong(SubjectType type, Collection<Long> ids, AsOf asOf) {
		if (ids.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(this.jdbc
			.sql("select distinct subject_id from dispute where subject_type = :type and subject_id in (:ids)"
					+ ((asOf != null) ? " and in_print_from <= :asOf" : ""))
			.param("type", type.name())
			.param("ids", ids)
			.param("asOf", (asOf != null) ? asOf.asOf() : null, Types.DATE)
			.query(Long.class)
			.list());
	}

	/** How many claims back each event, and from how many sources, among those the scope counts. */
	public Map<Long, ClaimCounts> countsForEvents(Collection<Long> eventIds, ClaimScope scope) {
		if (eventIds.isEmpty()) {
			return Map.of();
		}
		AsOf asOf = scope.asOf();
		return ((asOf == null) ? this.claims.countByEvents(eventIds, scope.claimStates())
				: this.claims.countByEventsInPrint(eventIds, scope.claimStates(), asOf.lastDay(),
						asOf.lastApproximateDay()))
			.stream()
			.collect(Collectors.toMap(ClaimRepository.Counts::subjectId,
					c -> new ClaimCounts(c.claims(), c.sources())));
	}

	/**
	 * Open disputes, optionally of one subject type, ordered by subject type (events, actors,
	 * figures), subject name and attribute: one page of the stored disputes, viewed from those
	 * subjects' claims.
	 */
	public PageResponse<DisputeView> disputes(SubjectType onlyType, Paging paging, AsOf asOf) {
		ReadDependencies.add("disputes");
		List<String> conditions = new ArrayList<>();
		Map<String, Object> params = new HashMap<>();
		if (onlyType != null) {
			conditions.add("subject_type = :type");
			params.put("type", onlyType.name());
		}
		if (asOf != null) {
			// Both sides in print by then; the views below show only the claims in print by then.
			conditions.add("in_print_from <= :asOf");
			params.put("asOf", asOf.asOf());
		}
		String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
		long total = this.jdbc.sql("select count(*) from dispute" + where).params(params).query(Long.class).single();
		List<DisputeRow> rows = this.jdbc
			.sql("select subject_type, subject_id, attribute from dispute" + where
					+ " order by subject_rank, subject_name, attribute, subject_id limit :size offset :offset")
			.params(params)
			.param("size", paging.size())
			.param("offset", (long) paging.page() * paging.size())
			.query((rs, n) -> new DisputeRow(new Subject(SubjectType.valueOf(rs.getString("subject_type").strip()),
					rs.getLong("subject_id")), rs.getString("attribute")))
			.list();
		Map<SubjectType, List<Long>> byType = new EnumMap<>(SubjectType.class);
		rows.forEach(row -> byType.computeIfAbsent(row.subject().type(), t -> new ArrayList<>()).add(row.subject().id()));
		Map<Subject, SubjectProvenance> provenance = new HashMap<>();
		byType.forEach((type, ids) -> forSubjects(type, ids, ClaimScope.asOf(asOf))
			.forEach((id, subject) -> provenance.put(new Subject(type, id), subject)));
		List<DisputeView> page = new ArrayList<>();
		for (DisputeRow row : rows) {
			SubjectProvenance subject = provenance.getOrDefault(row.subject(), SubjectProvenance.NONE);
			subject.disputes().stream().filter(d -> d.attribute().equals(row.attribute())).findFirst().ifPresent(page::add);
		}
		return PageResponse.of(page, paging, total);
	}

	/** One stored dispute: which attribute of which subject. */
	private record DisputeRow(Subject subject, String attribute) {
	}

	/** How many sources are live and published. */
	public long liveSources() {
		return this.sources.countByState(PublicationState.PUBLISHED);
	}

	/** How many disputes are open, in total and by subject type and attribute. */
	public DisputeCounts disputeCounts() {
		long[] totals = this.jdbc
			.sql("select count(*), coalesce(sum(case when self_contradicting then 1 else 0 end), 0) from dispute")
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.single();
		Map<SubjectType, Long> bySubjectType = new EnumMap<>(SubjectType.class);
		this.jdbc.sql("select subject_type, count(*) from dispute group by subject_type")
			.query((rs, n) -> bySubjectType.put(SubjectType.valueOf(rs.getString(1).strip()), rs.getLong(2)))
			.list();
		List<DisputeCounts.ByAttribute> byAttribute = this.jdbc.sql("""
				select d.attribute, a.label, count(*) from dispute d join claim_attribute a on a.code = d.attribute
				group by d.attribute, a.label""")
			.query((rs, n) -> new DisputeCounts.ByAttribute(rs.getString(1), rs.getString(2), rs.getLong(3)))
			.list();
		return new DisputeCounts(totals[0], totals[1], bySubjectType, byAttribute);
	}

	/** Ids of the subjects of one type with an open dispute. */
	public Set<Long> disputedSubjects(SubjectType type) {
		return new HashSet<>(this.jdbc.sql("select distinct subject_id from dispute where subject_type = :type")
			.param("type", type.name())
			.query(Long.class)
			.list());
	}

	/** How many live claims stand in each status against the other sources (kept counted by the write path). */
	public Map<ClaimStatus, Long> claimStatusCounts() {
		Map<ClaimStatus, Long> counts = new EnumMap<>(ClaimStatus.class);
		for (ClaimStatus status : ClaimStatus.values()) {
			counts.put(status, 0L);
		}
		this.tallies.read(DerivedProvenance.CLAIMS_BY_STATUS)
			.forEach((status, n) -> counts.put(ClaimStatus.valueOf(status), n));
		return counts;
	}

	/** Claim standing counts for each of the given sources (kept counted by the write path). */
	public Map<Long, SourceStanding> standingOf(Collection<Long> sourceIds) {
		if (sourceIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, Map<ClaimStatus, Long>> counts = new HashMap<>();
		List<String> keys = sourceIds.stream()
			.flatMap(id -> Arrays.stream(ClaimStatus.values()).map(status -> DerivedProvenance.standingKey(id, status.name())))
			.toList();
		this.tallies.read(DerivedProvenance.CLAIMS_BY_SOURCE_AND_STATUS, keys).forEach((key, n) -> {
			String[] parts = key.split("/");
			counts.computeIfAbsent(Long.valueOf(parts[0]), id -> new EnumMap<>(ClaimStatus.class))
				.put(ClaimStatus.valueOf(parts[1]), n);
		});
		Map<Long, SourceStanding> standing = new LinkedHashMap<>();
		for (Long id : sourceIds) {
			standing.put(id, SourceStanding.of(counts.getOrDefault(id, Map.of())));
		}
		return standing;
	}

	/**
	 * What each of the sources' public claims stood as on a day: assessed against the public claims
	 * about the same subjects from sources in print by then (these sources' own claims among them).
	 */
	private Map<Long, SourceStanding> standingAsOf(List<Long> sourceIds, AsOf asOf) {
		if (sourceIds.isEmpty()) {
			return Map.of();
		}
		List<Claim> own = publicOnes(this.claims.findBySourceIds(sourceIds));
		Map<Long, SourceStanding> standing = standing(own, statusesAsOf(own, asOf));
		Map<Long, SourceStanding> result = new LinkedHashMap<>();
		sourceIds.forEach(id -> result.put(id, standing.getOrDefault(id, SourceStanding.of(Map.of()))));
		return result;
	}

	private Map<Long, ClaimStatus> statusesAsOf(List<Claim> own, AsOf asOf) {
		Map<SubjectType, Set<Long>> bySubjectType = new EnumMap<>(SubjectType.class);
		own.forEach(claim -> bySubjectType.computeIfAbsent(claim.subject().type(), t -> new HashSet<>())
			.add(claim.subject().id()));
		ClaimScope scope = ClaimScope.asOf(asOf);
		Map<Long, ClaimStatus> statuses = new HashMap<>();
		bySubjectType.forEach((type, ids) -> {
			ids.forEach(id -> ReadDependencies.add(new Subject(type, id).claimsTag()));
			statuses.putAll(DisputeDetector
				.assess(this.claims.findBySubjects(type, ids, asOf).stream().filter(scope::shows).map(Provenance::fact).toList())
				.statuses());
		});
		return statuses;
	}

	private static Map<Long, SourceStanding> standing(List<Claim> own, Map<Long, ClaimStatus> statuses) {
		Map<Long, Map<ClaimStatus, Long>> counts = new HashMap<>();
		own.forEach(claim -> counts.computeIfAbsent(claim.getSource().getId(), id -> new EnumMap<>(ClaimStatus.class))
			.merge(statuses.get(claim.getId()), 1L, Long::sum));
		Map<Long, SourceStanding> standing = new HashMap<>();
		counts.forEach((id, byStatus) -> standing.put(id, SourceStanding.of(byStatus)));
		return standing;
	}

	/** The public ones among a source's claims: published, about a published subject. */
	private List<Claim> publicOnes(List<Claim> claims) {
		List<Claim> published = claims.stream().filter(ClaimScope.PUBLIC::shows).toList();
		Set<Subject> drafts = this.directory.drafts(published.stream().map(Claim::subject).collect(Collectors.toSet()));
		return drafts.isEmpty() ? published : published.stream().filter(claim -> !drafts.contains(claim.subject())).toList();
	}

	/**
	 * The claims of one source, with their subjects and standing: the stored one, or the given
	 * statuses (as of a day).
	 */
	private List<SourceClaimView> claimsOf(List<Claim> own, Map<Long, ClaimStatus> statuses) {
		Set<Subject> subjects = own.stream().map(Claim::subject).collect(Collectors.toSet());
		// The subjects' names show, and their other claims decide the statuses.
		subjects.forEach(subject -> ReadDependencies.add(subject.tag(), subject.claimsTag()));
		Map<Subject, SubjectRef> names = this.directory.name(subjects);
		return own.stream()
			.map(c -> new SourceClaimView(c.getId(), names.get(c.subject()), c.getAttribute().getCode(),
					c.getAttribute().getLabel(), c.getValue(), c.getValueLabel(), c.getExcerpt(),
					(statuses != null) ? statuses.get(c.getId()) : c.getStatus()))
			.toList();
	}

	static Fact fact(Claim claim) {
		ClaimAttribute attribute = claim.getAttribute();
		return new Fact(claim.getId(), claim.getSource().getId(), claim.subject(), attribute.getCode(),
				attribute.getValueType(), attribute.isSingleValued(), claim.getValue());
	}

}
