package org.tradeline.provenance;

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
import org.tradeline.provenance.DisputeDetector.Assessment;
import org.tradeline.provenance.DisputeDetector.Conflict;
import org.tradeline.provenance.DisputeDetector.Fact;
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

	PageResponse<SourceView> sources(Paging paging) {
		ReadDependencies.add("sources");
		Page<Source> page = this.sources.findAll(paging.pageable(Sort.by("fileName")));
		Map<Long, SourceStanding> standing = standingOf(page.getContent().stream().map(Source::getId).toList());
		return PageResponse.of(page, s -> SourceView.of(s, standing.get(s.getId())));
	}

	SourceDetail source(long id) {
		Source source = this.sources.findById(id).orElseThrow(() -> new NotFoundException("source", String.valueOf(id)));
		ReadDependencies.add("source:" + id, StoreChange.contents("source:" + id));
		SourceView view = SourceView.of(source, standingOf(List.of(id)).get(id));
		return SourceDetail.of(view, claimsOf(id));
	}

	/**
	 * One claim with its subject and standing among the claims about the same subject, if the read
	 * selects its state; the public sees no draft claim, nor any claim about a draft event.
	 */
	ClaimDetail claim(Claim claim, Visibility visibility) {
		Subject subject = claim.subject();
		if (!visibility.selects(claim.getState())
				|| (visibility.isPublic() && !this.directory.drafts(List.of(subject)).isEmpty())) {
			throw new NotFoundException("claim", String.valueOf(claim.getId()));
		}
		ClaimView view = forSubject(subject.type(), subject.id(), visibility).claims()
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
		return forSubjects(type, ids, Visibility.PUBLIC);
	}

	/**
	 * The same, with the claims the read shows: published ones to the public, every one in an
	 * editor's view, which assesses them all together (what the subject would look like if its drafts
	 * were published).
	 */
	public Map<Long, SubjectProvenance> forSubjects(SubjectType type, Collection<Long> ids, Visibility visibility) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		ids.forEach(id -> ReadDependencies.add(new Subject(type, id).tag(), new Subject(type, id).claimsTag()));
		List<Claim> loaded = this.claims.findBySubjects(type, ids)
			.stream()
			.filter(claim -> visibility.showsClaim(claim.getState()))
			.toList();
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
		return forSubject(type, id, Visibility.PUBLIC);
	}

	public SubjectProvenance forSubject(SubjectType type, long id, Visibility visibility) {
		return forSubjects(type, List.of(id), visibility).getOrDefault(id, SubjectProvenance.NONE);
	}

	/**
	 * A criteria predicate for list filters: the subject whose id is given has an open dispute. An
	 * indexed lookup per row, whatever the number of disputes.
	 */
	public static Predicate disputed(SubjectType type, Expression<Long> subjectId, CommonAbstractCriteria query,
			CriteriaBuilder cb) {
		Subquery<Integer> dispute = query.subquery(Integer.class);
		Root<Dispute> root = dispute.from(Dispute.class);
		dispute.select(cb.literal(1))
			.where(cb.equal(root.get("subjectType"), type), cb.equal(root.get("subjectId"), subjectId));
		return cb.exists(dispute);
	}

	/** Which of the given subjects of one type have an open dispute. */
	public Set<Long> disputedAmong(SubjectType type, Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Set.of();
		}
		return new HashSet<>(this.jdbc
			.sql("select distinct subject_id from dispute where subject_type = :type and subject_id in (:ids)")
			.param("type", type.name())
			.param("ids", ids)
			.query(Long.class)
			.list());
	}

	/** How many claims, and from how many sources, each event shows in this read. */
	public Map<Long, ClaimCounts> countsForEvents(Collection<Long> eventIds, Visibility visibility) {
		if (eventIds.isEmpty()) {
			return Map.of();
		}
		Set<PublicationState> shown = visibility.isPublic() ? Set.of(PublicationState.PUBLISHED)
				: EnumSet.allOf(PublicationState.class);
		return this.claims.countByEvents(eventIds, shown)
			.stream()
			.collect(Collectors.toMap(ClaimRepository.Counts::subjectId,
					c -> new ClaimCounts(c.claims(), c.sources())));
	}

	/**
	 * Open disputes, optionally of one subject type, ordered by subject type (events, actors,
	 * figures), subject name and attribute: one page of the stored disputes, viewed from those
	 * subjects' claims.
	 */
	public PageResponse<DisputeView> disputes(SubjectType onlyType, Paging paging) {
		ReadDependencies.add("disputes");
		String where = (onlyType != null) ? " where subject_type = :type" : "";
		Map<String, Object> params = (onlyType != null) ? Map.of("type", onlyType.name()) : Map.of();
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
		byType.forEach((type, ids) -> forSubjects(type, ids)
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

	/** How many sources are live. */
	public long liveSources() {
		return this.sources.count();
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

	/** The public claims of one source (published, about a published subject), with their subjects and standing. */
	List<SourceClaimView> claimsOf(long sourceId) {
		List<Claim> published = this.claims.findBySourceId(sourceId)
			.stream()
			.filter(claim -> claim.getState() == PublicationState.PUBLISHED)
			.toList();
		Set<Subject> drafts = this.directory.drafts(published.stream().map(Claim::subject).collect(Collectors.toSet()));
		List<Claim> own = published.stream().filter(claim -> !drafts.contains(claim.subject())).toList();
		Set<Subject> subjects = own.stream().map(Claim::subject).collect(Collectors.toSet());
		// The subjects' names show, and their other claims decide the statuses.
		subjects.forEach(subject -> ReadDependencies.add(subject.tag(), subject.claimsTag()));
		Map<Subject, SubjectRef> names = this.directory.name(subjects);
		return own.stream()
			.map(c -> new SourceClaimView(c.getId(), names.get(c.subject()), c.getAttribute().getCode(),
					c.getAttribute().getLabel(), c.getValue(), c.getValueLabel(), c.getExcerpt(), c.getStatus()))
			.toList();
	}

	static Fact fact(Claim claim) {
		ClaimAttribute attribute = claim.getAttribute();
		return new Fact(claim.getId(), claim.getSource().getId(), claim.subject(), attribute.getCode(),
				attribute.getValueType(), attribute.isSingleValued(), claim.getValue());
	}

}
