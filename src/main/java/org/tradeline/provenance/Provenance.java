package org.tradeline.provenance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tradeline.provenance.DisputeDetector.Assessment;
import org.tradeline.provenance.DisputeDetector.Conflict;
import org.tradeline.provenance.DisputeDetector.Fact;
import org.tradeline.system.NotFoundException;
import org.tradeline.system.PageResponse;
import org.tradeline.system.Paging;
import org.tradeline.system.RevisionMemo;
import org.tradeline.system.StoreRevision;

/**
 * Read side of provenance: claims with their standing, and disputes, always computed from the
 * claims as stored so that every write shows at once.
 */
@Service
@Transactional(readOnly = true)
public class Provenance {

	private final ClaimRepository claims;

	private final SourceRepository sources;

	private final SubjectDirectory directory;

	private final RevisionMemo<Set<Long>> disputedEvents;

	private final RevisionMemo<List<DisputeView>> allDisputes;

	Provenance(ClaimRepository claims, SourceRepository sources, SubjectDirectory directory, StoreRevision revision) {
		this.claims = claims;
		this.sources = sources;
		this.directory = directory;
		this.disputedEvents = new RevisionMemo<>(revision);
		this.allDisputes = new RevisionMemo<>(revision);
	}

	PageResponse<SourceView> sources(Paging paging) {
		Page<Source> page = this.sources.findAll(paging.pageable(Sort.by("fileName")));
		Map<Long, SourceStanding> standing = standingOf(page.getContent().stream().map(Source::getId).toList());
		return PageResponse.of(page, s -> SourceView.of(s, standing.get(s.getId())));
	}

	SourceDetail source(long id) {
		Source source = this.sources.findById(id).orElseThrow(() -> new NotFoundException("source", String.valueOf(id)));
		SourceView view = SourceView.of(source, standingOf(List.of(id)).get(id));
		return SourceDetail.of(view, claimsOf(id));
	}

	/** One claim with its subject and standing among the claims about the same subject. */
	ClaimDetail claim(Claim claim) {
		Subject subject = claim.subject();
		ClaimView view = forSubject(subject.type(), subject.id()).claims()
			.stream()
			.filter(c -> c.id() == claim.getId())
			.findFirst()
			.orElseThrow(() -> new NotFoundException("claim", String.valueOf(claim.getId())));
		SubjectRef ref = this.directory.name(List.of(subject)).get(subject);
		return new ClaimDetail(view.id(), ref, view.attribute(), view.attributeLabel(), view.value(), view.valueLabel(),
				view.excerpt(), view.source(), view.status());
	}

	/** What revisions record of the claims about one subject. */
	public List<ClaimState> statesOf(Subject subject) {
		return load(subject.type(), List.of(subject.id())).stream().map(Claim::state).toList();
	}

	/** Claims and disputes for each of the given subjects of one type. */
	public Map<Long, SubjectProvenance> forSubjects(SubjectType type, Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		List<Claim> loaded = load(type, ids);
		Assessment assessment = DisputeDetector.assess(loaded.stream().map(Provenance::fact).toList());
		List<DisputeView> disputes = views(assessment.conflicts(), loaded);
		Map<Long, SubjectProvenance> result = new LinkedHashMap<>();
		for (Claim claim : loaded) {
			long id = claim.subject().id();
			result.computeIfAbsent(id, k -> new SubjectProvenance(new ArrayList<>(), new ArrayList<>()))
				.claims()
				.add(ClaimView.of(claim, assessment.statuses().get(claim.getId())));
		}
		for (int i = 0; i < disputes.size(); i++) {
			result.get(assessment.conflicts().get(i).subject().id()).disputes().add(disputes.get(i));
		}
		return result;
	}

	public SubjectProvenance forSubject(SubjectType type, long id) {
		return forSubjects(type, List.of(id)).getOrDefault(id, SubjectProvenance.NONE);
	}

	/** Ids of all disputed events; derived from every claim, so remembered per store revision. */
	public Set<Long> disputedEvents() {
		return this.disputedEvents.get(() -> DisputeDetector
			.assess(differing(SubjectType.EVENT).stream().map(Provenance::fact).toList())
			.conflicts()
			.stream()
			.map(c -> c.subject().id())
			.collect(Collectors.toUnmodifiableSet()));
	}

	/** Which of the given events are disputed; costs only what those events' claims cost. */
	public Set<Long> disputedAmongEvents(Collection<Long> eventIds) {
		if (eventIds.isEmpty()) {
			return Set.of();
		}
		return DisputeDetector.assess(this.claims.findSingleValuedByEventIds(eventIds).stream().map(Provenance::fact).toList())
			.conflicts()
			.stream()
			.map(c -> c.subject().id())
			.collect(Collectors.toSet());
	}

	public Map<Long, ClaimCounts> countsForEvents(Collection<Long> eventIds) {
		if (eventIds.isEmpty()) {
			return Map.of();
		}
		return this.claims.countByEvents(eventIds)
			.stream()
			.collect(Collectors.toMap(ClaimRepository.Counts::subjectId,
					c -> new ClaimCounts(c.claims(), c.sources())));
	}

	/** All disputes, optionally of one subject type, ordered by subject type, subject and attribute. */
	public PageResponse<DisputeView> disputes(SubjectType onlyType, Paging paging) {
		return PageResponse.slice(disputes(onlyType), paging);
	}

	/** Every dispute, of one subject type or (null) of all. */
	public List<DisputeView> disputes(SubjectType onlyType) {
		List<DisputeView> all = this.allDisputes.get(this::computeDisputes);
		return (onlyType == null) ? all
				: all.stream().filter(d -> d.subject().type().equals(onlyType.code())).toList();
	}

	private List<DisputeView> computeDisputes() {
		List<DisputeView> all = new ArrayList<>();
		for (SubjectType type : SubjectType.values()) {
			List<Claim> loaded = differing(type);
			List<DisputeView> ofType = new ArrayList<>(
					views(DisputeDetector.assess(loaded.stream().map(Provenance::fact).toList()).conflicts(), loaded));
			ofType.sort(Comparator.comparing((DisputeView d) -> d.subject().name()).thenComparing(DisputeView::attribute));
			all.addAll(ofType);
		}
		return List.copyOf(all);
	}

	/** How many claims stand in each status against the other sources, over the whole store. */
	public Map<ClaimStatus, Long> claimStatusCounts() {
		List<Claim> all = this.claims.findAllWithSources();
		Map<Long, ClaimStatus> statuses = DisputeDetector.assess(all.stream().map(Provenance::fact).toList())
			.statuses();
		Map<ClaimStatus, Long> counts = new java.util.EnumMap<>(ClaimStatus.class);
		for (ClaimStatus status : ClaimStatus.values()) {
			counts.put(status, 0L);
		}
		statuses.values().forEach(status -> counts.merge(status, 1L, Long::sum));
		return counts;
	}

	/** Claim standing counts for each of the given sources. */
	public Map<Long, SourceStanding> standingOf(Collection<Long> sourceIds) {
		if (sourceIds.isEmpty()) {
			return Map.of();
		}
		List<Claim> comparable = this.claims.findComparableToSources(sourceIds);
		Map<Long, ClaimStatus> statuses = DisputeDetector.assess(comparable.stream().map(Provenance::fact).toList())
			.statuses();
		Map<Long, SourceStanding> standing = new LinkedHashMap<>();
		for (Long id : sourceIds) {
			standing.put(id, SourceStanding.count(comparable.stream()
				.filter(c -> c.getSource().getId().equals(id))
				.map(c -> statuses.get(c.getId()))
				.toList()));
		}
		return standing;
	}

	/** The claims of one source, with their subjects and standing. */
	List<SourceClaimView> claimsOf(long sourceId) {
		List<Claim> comparable = this.claims.findComparableToSources(List.of(sourceId));
		Map<Long, ClaimStatus> statuses = DisputeDetector.assess(comparable.stream().map(Provenance::fact).toList())
			.statuses();
		List<Claim> own = comparable.stream().filter(c -> c.getSource().getId() == sourceId).toList();
		Map<Subject, SubjectRef> names = this.directory.name(own.stream().map(Claim::subject).collect(Collectors.toSet()));
		return own.stream()
			.map(c -> new SourceClaimView(c.getId(), names.get(c.subject()), c.getAttribute().getCode(),
					c.getAttribute().getLabel(), c.getValue(), c.getValueLabel(), c.getExcerpt(),
					statuses.get(c.getId())))
			.toList();
	}

	private List<Claim> differing(SubjectType type) {
		return switch (type) {
			case EVENT -> this.claims.findDifferingEventClaims();
			case ACTOR -> this.claims.findDifferingActorClaims();
			case FIGURE -> this.claims.findDifferingFigureClaims();
		};
	}

	List<Claim> load(SubjectType type, Collection<Long> ids) {
		return switch (type) {
			case EVENT -> this.claims.findByEventIds(ids);
			case ACTOR -> this.claims.findByActorIds(ids);
			case FIGURE -> this.claims.findByFigureIds(ids);
		};
	}

	private List<DisputeView> views(List<Conflict> conflicts, List<Claim> loaded) {
		if (conflicts.isEmpty()) {
			return List.of();
		}
		Map<Long, Claim> byId = loaded.stream().collect(Collectors.toMap(Claim::getId, Function.identity()));
		Set<Subject> subjects = new HashSet<>();
		conflicts.forEach(c -> subjects.add(c.subject()));
		Map<Subject, SubjectRef> names = this.directory.name(subjects);
		return conflicts.stream().map(conflict -> {
			SubjectRef subject = names.get(conflict.subject());
			Claim sample = byId.get(conflict.positions().get(0).claims().get(0).claimId());
			List<DisputeView.Position> positions = conflict.positions().stream().map(p -> {
				List<DisputeView.Evidence> evidence = p.claims().stream().map(f -> {
					Claim claim = byId.get(f.claimId());
					return new DisputeView.Evidence(claim.getId(), claim.getValueLabel(), claim.getExcerpt(),
							SourceRef.of(claim.getSource()));
				}).toList();
				return new DisputeView.Position(p.value(), evidence.get(0).valueLabel(), p.supportingSources().size(),
						evidence);
			}).toList();
			List<SourceRef> selfContradicting = conflict.selfContradictingSources().stream()
				.map(sourceId -> loaded.stream()
					.map(Claim::getSource)
					.filter(s -> s.getId() == sourceId)
					.findFirst()
					.map(SourceRef::of)
					.orElseThrow())
				.toList();
			return new DisputeView(subject.type() + ":" + subject.slug() + ":" + conflict.attribute(), subject,
					conflict.attribute(), sample.getAttribute().getLabel(), positions, selfContradicting);
		}).toList();
	}

	private static Fact fact(Claim claim) {
		ClaimAttribute attribute = claim.getAttribute();
		return new Fact(claim.getId(), claim.getSource().getId(), claim.subject(), attribute.getCode(),
				attribute.getValueType(), attribute.isSingleValued(), claim.getValue());
	}

}
