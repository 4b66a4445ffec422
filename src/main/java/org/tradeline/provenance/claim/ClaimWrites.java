package org.tradeline.provenance.claim;

import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tradeline.cache.etag.Etags;
import org.tradeline.problem.ConflictException;
import org.tradeline.problem.NotFoundException;
import org.tradeline.provenance.ClaimChanged;
import org.tradeline.provenance.ClaimState;
import org.tradeline.provenance.DerivedProvenance;
import org.tradeline.provenance.Provenance;
import org.tradeline.provenance.ProvenanceWrites;
import org.tradeline.provenance.source.Source;
import org.tradeline.provenance.source.SourceRepository;
import org.tradeline.provenance.subject.Subject;
import org.tradeline.store.PublicationState;
import org.tradeline.store.StoreChanges;
import org.tradeline.store.Visibility;
import org.tradeline.web.ResourceWrites;
import org.tradeline.web.Writes.Violations;
import org.tradeline.web.Writes;

/** Writes claims one at a time; every change is announced as a {@link ClaimChanged}. */
@Service
@Transactional
public class ClaimWrites extends ResourceWrites.Numbered<Claim, ClaimRequest, ClaimDetail> {

	private final ClaimRepository claims;

	private final ClaimAttributeRepository attributes;

	private final SourceRepository sources;

	private final ClaimRules rules;

	private final SubjectDirectory directory;

	private final ProvenanceWrites provenanceWrites;

	private final Provenance provenance;

	private final DerivedProvenance derived;

	private final Writes writes;

	private final ApplicationEventPublisher publisher;

	private final StoreChanges storeChanges;

	ClaimWrites(ClaimRepository claims, ClaimAttributeRepository attributes, SourceRepository sources, ClaimRules rules,
			SubjectDirectory directory,
			ProvenanceWrites provenanceWrites, Provenance provenance, DerivedProvenance derived, Etags etags,
			Writes writes, ApplicationEventPublisher publisher, StoreChanges storeChanges) {
		super("claim", ClaimRequest.class, claims, etags, writes);
		this.claims = claims;
		this.attributes = attributes;
		this.sources = sources;
		this.rules = rules;
		this.directory = directory;
		this.provenanceWrites = provenanceWrites;
		this.provenance = provenance;
		this.derived = derived;
		this.writes = writes;
		this.publisher = publisher;
		this.storeChanges = storeChanges;
	}

	@Transactional(readOnly = true)
	public ClaimDetail get(long id, Visibility visibility) {
		return this.provenance.claim(live(id), visibility);
	}

	@Override
	public ClaimDetail create(ClaimRequest request) {
		Violations violations = this.writes.check(request);
		this.rules.check(request, violations, "", true);
		violations.throwIfAny();
		Source source = this.sources.findById(request.source())
			.orElseThrow(() -> new NotFoundException("source", String.valueOf(request.source())));
		Claim claim = this.provenanceWrites.insertClaim(request, source);
		this.derived.refresh(List.of(claim.subject()));
		seenByPublic(claim.subject(), claim.getState());
		return view(claim);
	}

	/** What editors write is what they read back, drafts included. */
	@Override
	protected ClaimDetail view(Claim claim) {
		return this.provenance.claim(claim, Visibility.ALL);
	}

	@Override
	protected ClaimRequest requestOf(Claim claim) {
		return this.rules.requestOf(claim);
	}

	@Override
	protected ClaimRequest asWritten(ClaimRequest request, Claim claim) {
		return request.asWritten(claim.getState());
	}

	@Override
	protected ClaimDetail change(Long id, Claim claim, ClaimRequest request) {
		Violations violations = this.writes.check(request);
		this.rules.check(request, violations, "", false);
		ClaimRequest current = requestOf(claim);
		if (request.source() != null && !request.source().equals(current.source())) {
			violations.add("source", "source cannot change; delete this claim and create one for the other source");
		}
		if (request.subject() != null && !request.subject().equals(current.subject())) {
			violations.add("subject", "subject cannot change; delete this claim and create one for the other subject");
		}
		violations.throwIfAny();
		// Before the change is announced: writers of claims about one subject take turns (DerivedProvenance.lock).
		this.derived.lock(List.of(claim.subject()));
		ClaimState before = claim.state();
		claim.update(this.attributes.findById(request.attribute()).orElseThrow(), request.value().strip(),
				request.valueLabel().strip(), request.excerpt().strip());
		if (request.state() != null) {
			claim.changeState(request.state());
		}
		// Publishing and unpublishing are changes of the state field, named as such in the event's revisions.
		this.publisher.publishEvent(new ClaimChanged(claim.subject(),
				"claim-" + PublicationState.change(before.state(), claim.getState()), before, claim.state()));
		this.derived.refresh(List.of(claim.subject()));
		seenByPublic(claim.subject(), before.state(), claim.getState());
		return view(claim);
	}

	@Override
	protected void remove(Claim claim, Instant at) {
		// Before the change is announced: writers of claims about one subject take turns (DerivedProvenance.lock).
		this.derived.lock(List.of(claim.subject()));
		this.provenanceWrites.retire(claim, at);
		this.derived.touched(List.of(claim));
		this.derived.refresh(List.of(claim.subject()));
		seenByPublic(claim.subject(), claim.getState());
	}

	@Override
	protected ClaimDetail restore(Long key, long id) {
		if (this.directory.aboutLiveSubjects(this.claims.findWithLiveSource(id)).isEmpty()) {
			throw new ConflictException("Claim " + id + " cannot be restored while its source or subject is deleted");
		}
		this.provenanceWrites.reinstate(List.of(id));
		Claim claim = live(id);
		this.derived.refresh(List.of(claim.subject()));
		seenByPublic(claim.subject(), claim.getState());
		return view(claim);
	}

	/**
	 * A claim that is a draft before and after its write is shown to editors only, wherever it is
	 * listed, and so is any claim about a draft event (one the public saw keeps its tombstone as it
	 * was); a published claim about a published subject is public.
	 */
	private void seenByPublic(Subject subject, PublicationState... states) {
		this.storeChanges.seenByPublic(List.of(states).contains(PublicationState.PUBLISHED)
				&& this.directory.drafts(List.of(subject)).isEmpty());
	}

}
