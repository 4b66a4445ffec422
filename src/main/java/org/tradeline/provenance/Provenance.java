package org.tradeline.provenance;

import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
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

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tradeline.cache.ReadDependencies;
import org.tradeline.problem.NotFoundException;
import org.tradeline.provenance.claim.Claim;
import org.tradeline.provenance.claim.ClaimAttribute;
import org.tradeline.provenance.claim.ClaimDetail;
import org.tradeline.provenance.claim.ClaimRepository;
import org.tradeline.provenance.claim.StatusTallies;
import org.tradeline.provenance.claim.SubjectDirectory;
import org.tradeline.provenance.dispute.Dispute;
import org.tradeline.provenance.dispute.DisputeDetector;
import org.tradeline.provenance.dispute.DisputeDetector.Assessment;
import org.tradeline.provenance.dispute.DisputeDetector.Conflict;
import org.tradeline.provenance.dispute.DisputeDetector.Fact;
import org.tradeline.provenance.dispute.DisputeViews;
import org.tradeline.provenance.dispute.EditorDispute;
import org.tradeline.provenance.dispute.KeptDispute;
import org.tradeline.provenance.source.Source;
import org.tradeline.provenance.source.SourceRepository;
import org.tradeline.provenance.subject.Subject;
import org.tradeline.provenance.subject.SubjectRef;
import org.tradeline.provenance.subject.SubjectType;
import org.tradeline.store.PublicationState;
import org.tradeline.store.Tallies;
import org.tradeline.store.Visibility;

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
		List<Claim> loaded = this.claims.findBySubjects(type, ids, scope.asOf()).stream().filter(scope::shows).toList();
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
		ids.forEach(id -> ReadDependencies.add(dependencies(new Subject(type, id),
				result.getOrDefault(id, SubjectProvenance.NONE).claims())));
		return result;
	}

	/**
	 * What a subject's provenance is built from, as store change tags: the subject (whose name a
	 * dispute shows), its claims, and the sources of the claims shown.
	 */
	public static Set<String> dependencies(Subject subject, Collection<ClaimView> shown) {
		Set<String> tags = new HashSet<>();
		tags.add(subject.tag());
		tags.add(subject.claimsTag());
		shown.forEach(claim -> tags.add("source:" + claim.source().id()));
		return tags;
	}

	public SubjectProvenance forSubject(SubjectType type, long id) {
		return forSubject(type, id, ClaimScope.PUBLIC);
	}

	public SubjectProvenance forSubject(SubjectType type, long id, ClaimScope scope) {
		return forSubjects(type, List.of(id), scope).getOrDefault(id, SubjectProvenance.NONE);
	}

	/**
	 * A criteria predicate for list filters: the subject whose id is given has an open dispute among
	 * the claims the scope counts (the public's, or an editor's with drafts; as of a day, when asOf is
	 * given: both sides of it were in print by then). An indexed lookup per row, whatever the number of
	 * disputes.
	 */
	public static Predicate disputed(SubjectType type, Expression<Long> subjectId, ClaimScope scope,
			CommonAbstractCriteria query, CriteriaBuilder cb) {
		Subquery<Integer> dispute = query.subquery(Integer.class);
		Class<? extends KeptDispute> kept = scope.visibility().isPublic() ? Dispute.class : EditorDispute.class;
		Root<? extends KeptDispute> root = dispute.from(kept);
		Predicate subject = cb.and(cb.equal(root.get("subjectType"), type), cb.equal(root.get("subjectId"), subjectId));
		dispute.select(cb.literal(1))
			.where((scope.asOf() == null) ? subject
					: cb.and(subject, cb.lessThanOrEqualTo(root.<LocalDate>get("inPrintFrom"), scope.asOf().asOf())));
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

	/**
	 * Which of the given subjects of one type have an open dispute among the claims the scope counts (as
	 * of a day, when its asOf is given).
	 */
	public Set<Long> disputedAmong(SubjectType type, Collection<Long> ids, ClaimScope scope) {
		if (ids.isEmpty()) {
			return Set.of();
		}
		AsOf asOf = scope.asOf();
		return new HashSet<>(this.jdbc
			.sql("select distinct subject_id from " + (scope.visibility().isPublic() ? "dispute" : "editor_dispute")
					+ " where subject_type = :type and subject_id in (:ids)"
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
		Arrays.stream(ClaimStatus.values()).forEach(status -> counts.put(status, 0L));
		this.tallies.read(StatusTallies.CLAIMS_BY_STATUS)
			.forEach((status, n) -> counts.put(ClaimStatus.valueOf(status), n));
		return counts;
	}

	/** A claim as the dispute rules read it. */
	public static Fact fact(Claim claim) {
		ClaimAttribute attribute = claim.getAttribute();
		return new Fact(claim.getId(), claim.getSource().getId(), claim.subject(), attribute.getCode(),
				attribute.getValueType(), attribute.isSingleValued(), claim.getValue());
	}

	/** How many claims back a subject and from how many distinct sources. */
	public record ClaimCounts(long claims, long sources) {

		public static final ClaimCounts NONE = new ClaimCounts(0, 0);

	}

}
