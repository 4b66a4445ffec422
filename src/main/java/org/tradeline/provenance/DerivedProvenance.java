package org.tradeline.provenance;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tradeline.system.StoreChanges;

/**
 * What is derived from the claims about a subject. Every write that changes claims calls
 * {@link #refresh} for the subjects it touched, inside its transaction, and that records the cache
 * tags of everything whose representation the change can reach: the subjects, every claim about
 * them (their statuses depend on one another) and those claims' sources (standings).
 */
@Component
class DerivedProvenance {

	/** Lists and counts every claim change can reach. */
	private static final List<String> CLAIM_COLLECTIONS = List.of("claims", "sources", "disputes", "stats");

	private final ClaimRepository claims;

	private final StoreChanges storeChanges;

	DerivedProvenance(ClaimRepository claims, StoreChanges storeChanges) {
		this.claims = claims;
		this.storeChanges = storeChanges;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void refresh(Collection<Subject> subjects) {
		Set<String> tags = new LinkedHashSet<>(CLAIM_COLLECTIONS);
		Map<SubjectType, List<Long>> byType = subjects.stream()
			.collect(Collectors.groupingBy(Subject::type, Collectors.mapping(Subject::id, Collectors.toList())));
		byType.forEach((type, ids) -> {
			tags.add(type.collection());
			ids.forEach(id -> tags.add(new Subject(type, id).tag()));
			tagClaims(load(type, ids), tags);
		});
		this.storeChanges.record(tags.toArray(String[]::new));
	}

	/** Records the tags of claims that leave (or change) without their subjects' claims being reloaded. */
	@Transactional(propagation = Propagation.MANDATORY)
	void touched(Collection<Claim> changed) {
		Set<String> tags = new LinkedHashSet<>(CLAIM_COLLECTIONS);
		tagClaims(changed, tags);
		this.storeChanges.record(tags.toArray(String[]::new));
	}

	private static void tagClaims(Collection<Claim> changed, Set<String> tags) {
		for (Claim claim : changed) {
			tags.add("claim:" + claim.getId());
			tags.add("source:" + claim.getSource().getId());
			tags.add(claim.subject().tag());
			tags.add(claim.subject().type().collection());
		}
	}

	private List<Claim> load(SubjectType type, Collection<Long> ids) {
		return switch (type) {
			case EVENT -> this.claims.findByEventIds(ids);
			case ACTOR -> this.claims.findByActorIds(ids);
			case FIGURE -> this.claims.findByFigureIds(ids);
		};
	}

}
