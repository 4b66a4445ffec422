package org.tradeline.provenance.claim;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.tradeline.provenance.claim.ClaimRepository;
import org.tradeline.provenance.subject.Subject;
import org.tradeline.provenance.subject.SubjectRef;
import org.tradeline.provenance.subject.SubjectType;
import org.tradeline.provenance.subject.Subjects;
import org.tradeline.store.PublicationState;

/**
 * Names the subjects of claims, asking the feature that keeps each type ({@link Subjects}): one
 * query per type of subject asked about, whatever their number.
 */
@Component
public class SubjectDirectory {

	private final Map<SubjectType, Subjects> byType = new EnumMap<>(SubjectType.class);

	SubjectDirectory(List<Subjects> subjects) {
		subjects.forEach(s -> this.byType.put(s.type(), s));
	}

	/** Names of the live subjects among these. */
	public Map<Subject, SubjectRef> name(Collection<Subject> subjects) {
		return name(subjects, row -> !row.deleted());
	}

	/** Names of these subjects, deleted or not. */
	public Map<Subject, SubjectRef> nameIncludingDeleted(Collection<Subject> subjects) {
		return name(subjects, row -> true);
	}

	/** The drafts among these subjects (only events have drafts). */
	public Set<Subject> drafts(Collection<Subject> subjects) {
		Map<SubjectType, List<Long>> ids = new LinkedHashMap<>();
		subjects.forEach(s -> ids.computeIfAbsent(s.type(), t -> new ArrayList<>()).add(s.id()));
		Set<Subject> drafts = new HashSet<>();
		ids.forEach((type, some) -> of(type).drafts(some).forEach(id -> drafts.add(new Subject(type, id))));
		return drafts;
	}

	/**
	 * The public ones among these claims: published, about a subject that is no draft. What every
	 * status, dispute, standing and preview counts.
	 */
	public List<Claim> publicOnes(Collection<Claim> claims) {
		List<Claim> published = claims.stream().filter(c -> c.getState() == PublicationState.PUBLISHED).toList();
		Set<Subject> drafts = drafts(published.stream().map(Claim::subject).collect(Collectors.toSet()));
		return drafts.isEmpty() ? published : published.stream().filter(c -> !drafts.contains(c.subject())).toList();
	}

	/** The claims among these whose subject is live. */
	public List<Long> aboutLiveSubjects(List<ClaimRepository.ClaimSubject> claims) {
		Map<Subject, SubjectRef> live = name(claims.stream().map(ClaimRepository.ClaimSubject::subject).toList());
		return claims.stream().filter(c -> live.containsKey(c.subject())).map(ClaimRepository.ClaimSubject::id).toList();
	}

	/**
	 * Locks the subjects' rows until the transaction ends, so that writers deriving provenance from
	 * the claims about one subject take turns.
	 */
	public void lock(SubjectType type, Collection<Long> ids) {
		of(type).lock(ids);
	}

	/** The id of the live subject with this slug. */
	public Optional<Long> find(SubjectType type, String slug) {
		return of(type).findLive(slug);
	}

	/** The ids of the live subjects of this type with these slugs, by slug; unknown slugs are left out. */
	public Map<String, Long> find(SubjectType type, Collection<String> slugs) {
		return of(type).findLive(slugs);
	}

	/** When each of these subjects was deleted, one query per type; live ones are left out. */
	public Map<Subject, Instant> deletedAt(Collection<Subject> subjects) {
		Map<SubjectType, List<Long>> ids = new LinkedHashMap<>();
		subjects.forEach(s -> ids.computeIfAbsent(s.type(), t -> new ArrayList<>()).add(s.id()));
		Map<Subject, Instant> deleted = new HashMap<>();
		ids.forEach((type, some) -> of(type).deletedAt(some)
			.forEach((id, at) -> deleted.put(new Subject(type, id), at)));
		return deleted;
	}

	private Map<Subject, SubjectRef> name(Collection<Subject> subjects, Predicate<Subjects.Row> wanted) {
		Map<SubjectType, List<Long>> ids = new LinkedHashMap<>();
		subjects.forEach(s -> ids.computeIfAbsent(s.type(), t -> new ArrayList<>()).add(s.id()));
		Map<Subject, SubjectRef> names = new HashMap<>();
		ids.forEach((type, some) -> of(type).find(some)
			.stream()
			.filter(wanted)
			.forEach(row -> names.put(new Subject(type, row.id()), new SubjectRef(type.code(), row.slug(), row.name()))));
		return names;
	}

	private Subjects of(SubjectType type) {
		Subjects subjects = this.byType.get(type);
		if (subjects == null) {
			throw new IllegalStateException("No feature keeps the subjects of type " + type);
		}
		return subjects;
	}

}
