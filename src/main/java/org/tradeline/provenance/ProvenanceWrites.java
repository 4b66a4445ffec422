package org.tradeline.provenance;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tradeline.problem.ConflictException;
import org.tradeline.provenance.claim.Claim;
import org.tradeline.provenance.claim.ClaimAttributeRepository;
import org.tradeline.provenance.claim.ClaimRepository;
import org.tradeline.provenance.claim.ClaimRequest;
import org.tradeline.provenance.claim.ClaimRules;
import org.tradeline.provenance.claim.SubjectDirectory;
import org.tradeline.provenance.source.Source;
import org.tradeline.provenance.subject.Subject;
import org.tradeline.provenance.subject.SubjectType;
import org.tradeline.store.PublicationState;
import org.tradeline.web.Writes;

/**
 * The claims' life as the other features see it (their subjects deleted, restored, renamed), and the
 * steps of it that source and claim writes share. Every change is announced as a
 * {@link ClaimChanged}, so that events keep their revisions and events and figures move in the
 * order of change, in the writer's transaction.
 */
@Service
@Transactional
public class ProvenanceWrites {

	private final ClaimRepository claims;

	private final ClaimAttributeRepository attributes;

	private final SubjectDirectory directory;

	private final DerivedProvenance derived;

	private final ApplicationEventPublisher publisher;

	ProvenanceWrites(ClaimRepository claims, ClaimAttributeRepository attributes, SubjectDirectory directory,
			DerivedProvenance derived, ApplicationEventPublisher publisher) {
		this.claims = claims;
		this.attributes = attributes;
		this.directory = directory;
		this.derived = derived;
		this.publisher = publisher;
	}

	/** Soft-deletes the claims about a subject being deleted; they share its timestamp. */
	public void retireClaimsOf(Subject subject, Instant at) {
		this.derived.touched(this.claims.findBySubjects(subject.type(), List.of(subject.id())));
		this.claims.retireOfSubject(subject.type().name(), subject.id(), Timestamp.from(at));
		this.derived.refresh(List.of(subject));
	}

	/**
	 * Restores the claims deleted together with a subject; call it before restoring the subject. Those
	 * whose source was deleted since pass to the source and come back with it. Not while one of them
	 * names an actor deleted since (409, the transaction undone), as a claim's own restore is not.
	 */
	public void reinstateClaimsOf(Subject subject) {
		Optional.ofNullable(this.directory.deletedAt(List.of(subject)).get(subject)).ifPresent(at -> {
			Timestamp deletedAt = Timestamp.from(at);
			this.claims.passToDeletedSources(subject.type().name(), subject.id(), deletedAt,
					Timestamp.from(Writes.now()));
			restore(this.claims.findDeletedWithSubject(subject.type().name(), subject.id(), deletedAt));
		});
		this.derived.refresh(List.of(subject));
	}

	/**
	 * Claims deleted with their source, which is being restored, whose subject was deleted since: they
	 * take the subject's deleted_at and come back with it, as claims deleted with a subject whose
	 * source was deleted since come back with the source.
	 */
	public void passToDeletedSubjects(Collection<ClaimRepository.ClaimSubject> waiting) {
		if (waiting.isEmpty()) {
			return;
		}
		Map<Subject, Instant> deletedAt = this.directory
			.deletedAt(waiting.stream().map(ClaimRepository.ClaimSubject::subject).collect(Collectors.toSet()));
		Timestamp now = Timestamp.from(Writes.now());
		// One update per moment of deletion: subjects deleted together share it.
		waiting.stream()
			.filter(claim -> deletedAt.containsKey(claim.subject()))
			.collect(Collectors.groupingBy(claim -> deletedAt.get(claim.subject()), LinkedHashMap::new,
					Collectors.mapping(ClaimRepository.ClaimSubject::id, Collectors.toList())))
			.forEach((at, ids) -> this.claims.passToDeletedSubject(ids, Timestamp.from(at), now));
	}

	/** Tells provenance that a subject's name changed: it shows in the claims, disputes and sources about it. */
	public void subjectRenamed(Subject subject) {
		this.derived.renamed(subject);
	}

	/** A subject was published or unpublished: the claims about it enter or leave the public record with it. */
	public void subjectPublicationChanged(Subject subject) {
		this.derived.refresh(List.of(subject));
	}

	/** Whether any live claim names the actor as its value. */
	public boolean actorIsClaimed(String slug) {
		return this.claims.countNamingActor(slug) > 0;
	}

	/** Stores a checked claim of this source and announces it. */
	public Claim insertClaim(ClaimRequest request, Source source) {
		Subject subject = new Subject(ClaimRules.subjectType(request.subject().type()).orElseThrow(),
				this.directory.find(ClaimRules.subjectType(request.subject().type()).orElseThrow(), request.subject().slug())
					.orElseThrow());
		// The subject's row first: writers of claims about one event take turns on it here, rather than
		// fail each other's update of its version when its revisions are kept (a 409 nobody could avoid).
		this.derived.lock(List.of(subject));
		Claim unsaved = new Claim(source, subject, this.attributes.findById(request.attribute()).orElseThrow(),
				request.value().strip(), request.valueLabel().strip(), request.excerpt().strip());
		if (request.state() != null) {
			unsaved.changeState(request.state());
		}
		else if (!source.isPublished()) {
			// A new claim is published by default, unless its source is a draft: then with the source.
			unsaved.changeState(PublicationState.DRAFT);
		}
		Claim claim = this.claims.save(unsaved);
		this.publisher.publishEvent(new ClaimChanged(subject, "claim-added", null, claim.state()));
		return claim;
	}

	public void retire(Claim claim, Instant at) {
		ClaimState before = claim.state();
		claim.markDeleted(at);
		this.publisher.publishEvent(new ClaimChanged(claim.subject(), "claim-deleted", before, null));
	}

	/**
	 * Returns the claims that are live again (not those whose subject is still deleted). Their subjects
	 * are locked first, as for any claim change; then each claim comes back and is announced before
	 * the next: the revisions of an event several of them are about chain, each starting from the
	 * state the one before left (a bulk restore would show the others back too early).
	 */
	public List<Claim> reinstate(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		this.derived.lock(this.claims.findSubjects(ids).stream().map(ClaimRepository.ClaimSubject::subject).toList());
		Timestamp now = Timestamp.from(Writes.now());
		List<Claim> reinstated = new ArrayList<>();
		for (Long id : ids) {
			this.claims.restore(List.of(id), now);
			this.claims.findById(id).ifPresent(claim -> {
				reinstated.add(claim);
				this.publisher.publishEvent(new ClaimChanged(claim.subject(), "claim-restored", null, claim.state()));
			});
		}
		requireNamedActorsLive(reinstated);
		return reinstated;
	}

	private List<Claim> restore(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		this.claims.restore(ids, Timestamp.from(Writes.now()));
		List<Claim> reinstated = new ArrayList<>();
		ids.forEach(id -> this.claims.findById(id).ifPresent(reinstated::add));
		requireNamedActorsLive(reinstated);
		return reinstated;
	}

	/**
	 * A claim whose value is an actor deleted since would come back naming nobody: refused, as an
	 * event's restore is while a participant is deleted (the transaction's restore is undone with it).
	 */
	private void requireNamedActorsLive(List<Claim> reinstated) {
		List<String> named = reinstated.stream()
			.filter(claim -> claim.getAttribute().getValueType() == ValueType.ACTOR)
			.map(Claim::getValue)
			.distinct()
			.toList();
		if (named.isEmpty()) {
			return;
		}
		Map<String, Long> live = this.directory.find(SubjectType.ACTOR, named);
		List<String> deleted = named.stream().filter(slug -> !live.containsKey(slug)).sorted().toList();
		if (!deleted.isEmpty()) {
			throw new ConflictException("Claims to restore name actors deleted since: " + String.join(", ", deleted)
					+ "; restore them first");
		}
	}

	public static Set<Subject> subjectsOf(Collection<Claim> claims) {
		return claims.stream().map(Claim::subject).collect(Collectors.toCollection(LinkedHashSet::new));
	}

}
