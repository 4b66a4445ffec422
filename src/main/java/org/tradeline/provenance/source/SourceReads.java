package org.tradeline.provenance.source;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tradeline.cache.ReadDependencies;
import org.tradeline.problem.NotFoundException;
import org.tradeline.provenance.AsOf;
import org.tradeline.provenance.ClaimScope;
import org.tradeline.provenance.ClaimStatus;
import org.tradeline.provenance.Provenance;
import org.tradeline.provenance.claim.Claim;
import org.tradeline.provenance.claim.ClaimRepository;
import org.tradeline.provenance.claim.StatusTallies;
import org.tradeline.provenance.claim.SubjectDirectory;
import org.tradeline.provenance.dispute.DisputeDetector;
import org.tradeline.provenance.subject.Subject;
import org.tradeline.provenance.subject.SubjectRef;
import org.tradeline.provenance.subject.SubjectType;
import org.tradeline.store.StoreChange;
import org.tradeline.store.Tallies;
import org.tradeline.store.Visibility;
import org.tradeline.web.paging.PageResponse;
import org.tradeline.web.paging.Paging;

/**
 * Reads sources: the list and one source with its public claims, each claim's standing among the
 * other sources' claims about the same subject. The public's standings now are the counts the write
 * path keeps; as of a day they are assessed from the claims in print by then, and for editors with
 * the drafts counted too, the same way in the list as in the detail.
 */
@Service
@Transactional(readOnly = true)
public class SourceReads {

	private final SourceRepository sources;

	private final ClaimRepository claims;

	private final SubjectDirectory directory;

	private final Tallies tallies;

	SourceReads(SourceRepository sources, ClaimRepository claims, SubjectDirectory directory, Tallies tallies) {
		this.sources = sources;
		this.claims = claims;
		this.directory = directory;
		this.tallies = tallies;
	}

	/**
	 * The sources the visibility selects (drafts for editors only); as of a day, the published
	 * sources in print by then, their claims standing as they stood then.
	 */
	PageResponse<SourceRow> sources(Paging paging, AsOf asOf, Visibility visibility) {
		ReadDependencies.add("sources");
		Sort order = Sort.by("fileName");
		Page<Source> page = (asOf == null) ? this.sources.findByStateIn(visibility.states(), paging.pageable(order))
				: this.sources.findInPrint(visibility.states(), asOf.lastDay(), asOf.lastApproximateDay(),
						paging.pageable(order));
		List<Long> ids = page.getContent().stream().map(Source::getId).toList();
		Map<Long, SourceStanding> standing;
		if (storedStanding(asOf, visibility)) {
			standing = standingOf(ids);
		}
		else {
			// The page's claims in one query, as the detail reads one source's.
			List<Claim> own = ids.isEmpty() ? List.of() : seen(this.claims.findBySourceIds(ids), visibility);
			standing = standing(ids, own, statuses(own, asOf, visibility));
		}
		return PageResponse.of(page, s -> SourceView.of(s, standing.get(s.getId())));
	}

	/** One source the visibility selects; an editor's view shows its draft claims too. */
	SourceDetail source(long id, AsOf asOf, Visibility visibility) {
		Source source = this.sources.findById(id)
			.filter(s -> visibility.selects(s.getState()) && (asOf == null || asOf.counts(s)))
			.orElseThrow(() -> new NotFoundException("source", String.valueOf(id)));
		ReadDependencies.add("source:" + id, StoreChange.contents("source:" + id));
		List<Claim> own = seen(this.claims.findBySourceId(id), visibility);
		if (storedStanding(asOf, visibility)) {
			SourceView view = SourceView.of(source, standingOf(List.of(id)).get(id));
			return SourceDetail.of(view, claimsOf(own, null));
		}
		Map<Long, ClaimStatus> statuses = statuses(own, asOf, visibility);
		SourceView view = SourceView.of(source, standing(List.of(id), own, statuses).get(id));
		return SourceDetail.of(view, claimsOf(own, statuses));
	}

	/**
	 * Whether the reader sees the standing the write path keeps: the public now. As of a day, or for
	 * an editor with every draft counted as if published (as an event's editor view does), claims are
	 * assessed as the reader sees the store, by {@link #statuses} and {@link #standing}, for the list
	 * and the detail alike.
	 */
	private static boolean storedStanding(AsOf asOf, Visibility visibility) {
		return asOf == null && visibility.isPublic();
	}

	/** The claims of sources the reader sees: the public ones, or for an editor drafts too. */
	private List<Claim> seen(List<Claim> claims, Visibility visibility) {
		return visibility.isPublic() ? this.directory.publicOnes(claims) : claims;
	}

	/** Claim standing counts for each of the given sources (kept counted by the write path). */
	public Map<Long, SourceStanding> standingOf(Collection<Long> sourceIds) {
		if (sourceIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, Map<ClaimStatus, Long>> counts = new HashMap<>();
		List<String> keys = sourceIds.stream()
			.flatMap(id -> Arrays.stream(ClaimStatus.values()).map(status -> StatusTallies.standingKey(id, status.name())))
			.toList();
		this.tallies.read(StatusTallies.CLAIMS_BY_SOURCE_AND_STATUS, keys).forEach((key, n) -> {
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
	 * The statuses of these claims as the reader sees them: assessed against the claims about the same
	 * subjects it sees (from sources in print by then, as of a day), these claims among them.
	 */
	private Map<Long, ClaimStatus> statuses(List<Claim> own, AsOf asOf, Visibility visibility) {
		return statuses(own, visibility.isPublic() ? ClaimScope.asOf(asOf) : new ClaimScope(Visibility.ALL, asOf));
	}

	private Map<Long, ClaimStatus> statuses(List<Claim> own, ClaimScope scope) {
		Map<SubjectType, Set<Long>> bySubjectType = new EnumMap<>(SubjectType.class);
		own.forEach(claim -> bySubjectType.computeIfAbsent(claim.subject().type(), t -> new HashSet<>())
			.add(claim.subject().id()));
		Map<Long, ClaimStatus> statuses = new HashMap<>();
		bySubjectType.forEach((type, ids) -> {
			ids.forEach(id -> ReadDependencies.add(new Subject(type, id).claimsTag()));
			statuses.putAll(DisputeDetector
				.assess(this.claims.findBySubjects(type, ids, scope.asOf())
					.stream()
					.filter(scope::shows)
					.map(Provenance::fact)
					.toList())
				.statuses());
		});
		return statuses;
	}

	/** Each source's standing counted from its claims' statuses; one without claims has none. */
	private static Map<Long, SourceStanding> standing(Collection<Long> sourceIds, List<Claim> own,
			Map<Long, ClaimStatus> statuses) {
		Map<Long, Map<ClaimStatus, Long>> counts = new HashMap<>();
		own.forEach(claim -> counts.computeIfAbsent(claim.getSource().getId(), id -> new EnumMap<>(ClaimStatus.class))
			.merge(statuses.get(claim.getId()), 1L, Long::sum));
		Map<Long, SourceStanding> standing = new LinkedHashMap<>();
		sourceIds.forEach(id -> standing.put(id, SourceStanding.of(counts.getOrDefault(id, Map.of()))));
		return standing;
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
					(statuses != null) ? statuses.get(c.getId()) : c.getStatus(), c.getState()))
			.toList();
	}

}
