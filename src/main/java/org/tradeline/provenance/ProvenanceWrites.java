package org.tradeline.provenance;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tradeline.cache.Etags;
import org.tradeline.calendar.PartialDate;
import org.tradeline.problem.ConflictException;
import org.tradeline.problem.NotFoundException;
import org.tradeline.store.StoreChanges;
import org.tradeline.store.Writes.Violations;
import org.tradeline.store.Writes;

/**
 * Writes sources and claims. Every change is checked against the ETag the client read, validated as
 * a whole (one 400 listing every violation), announced as a {@link ClaimChanged} so that events keep
 * their revisions, and counted in store_change, all in one transaction.
 */
@Service
@Transactional
public class ProvenanceWrites {

	private final SourceRepository sources;

	private final ClaimRepository claims;

	private final ClaimAttributeRepository attributes;

	private final SubjectDirectory directory;

	private final Provenance provenance;

	private final Etags etags;

	private final Writes writes;

	private final StoreChanges storeChanges;

	private final DerivedProvenance derived;

	private final ApplicationEventPublisher publisher;

	ProvenanceWrites(SourceRepository sources, ClaimRepository claims, ClaimAttributeRepository attributes,
			SubjectDirectory directory, Provenance provenance, Etags etags, Writes writes, StoreChanges storeChanges,
			DerivedProvenance derived, ApplicationEventPublisher publisher) {
		this.sources = sources;
		this.claims = claims;
		this.attributes = attributes;
		this.directory = directory;
		this.provenance = provenance;
		this.etags = etags;
		this.writes = writes;
		this.storeChanges = storeChanges;
		this.derived = derived;
		this.publisher = publisher;
	}

	// ------------------------------------------------------------------ sources

	SourceDetail createSource(SourceRequest request) {
		Violations violations = this.writes.check(request);
		List<ClaimRequest.Inline> inline = (request.claims() != null) ? request.claims() : List.of();
		for (int i = 0; i < inline.size(); i++) {
			if (inline.get(i) != null) {
				// The source does not exist yet; -1 stands for it while its claims are checked.
				checkClaim(inline.get(i).of(-1), violations, "claims[" + i + "].", true);
			}
		}
		violations.throwIfAny();
		if (this.sources.countByFileNameIncludingDeleted(request.fileName()) > 0) {
			throw new ConflictException("A source with file name '" + request.fileName() + "' already exists");
		}
		Source source = new Source(request.fileName(), request.sha256());
		apply(source, request);
		source = this.sources.save(source);
		Set<Subject> subjects = new LinkedHashSet<>();
		for (ClaimRequest.Inline claim : inline) {
			subjects.add(insertClaim(claim.of(source.getId()), source).subject());
		}
		this.storeChanges.record(sourceTag(source.getId()), "sources", "stats");
		this.derived.refresh(subjects);
		return this.provenance.source(source.getId());
	}

	SourceDetail replaceSource(long id, String ifMatch, SourceRequest request) {
		Source source = liveSource(id);
		this.etags.require(ifMatch, this.provenance.source(id));
		Violations violations = this.writes.check(request);
		if (request.claims() != null) {
			violations.add("claims", "claims can only be given when creating a source; use /api/v1/claims");
		}
		if (!source.getFileName().equals(request.fileName())) {
			violations.add("fileName", "fileName identifies the document and cannot change");
		}
		violations.throwIfAny();
		apply(source, request);
		this.sources.flush();
		// Its claims and the disputes citing it show the source's outlet.
		this.storeChanges.record(sourceTag(id), "sources");
		this.derived.touched(this.claims.findBySourceId(id));
		return this.provenance.source(id);
	}

	SourceDetail patchSource(long id, String ifMatch, JsonNode patch) {
		Source source = liveSource(id);
		SourceRequest current = new SourceRequest(source.getFileName(), source.getTitle(), source.getOutlet(),
				source.getAuthors(), source.getSummary(), source.getSha256(), source.getCitations()
					.stream()
					.map(c -> new SourceRequest.CitationRequest(c.name(), c.kind()))
					.toList(), null);
		this.etags.require(ifMatch, this.provenance.source(id));
		return replaceSource(id, ifMatch, this.writes.patch(current, patch, SourceRequest.class));
	}

	/** Soft-deletes the source and, with the same timestamp, every claim it makes. */
	void deleteSource(long id, String ifMatch) {
		Source source = liveSource(id);
		this.etags.require(ifMatch, this.provenance.source(id));
		Instant at = Writes.now();
		List<Claim> retired = this.claims.findBySourceId(id);
		for (Claim claim : retired) {
			retire(claim, at);
		}
		source.markDeleted(at);
		this.storeChanges.record(sourceTag(id), "sources", "stats");
		this.derived.touched(retired);
		this.derived.refresh(subjectsOf(retired));
	}

	SourceDetail restoreSource(long id) {
		boolean deleted = this.sources.findDeleted(id)
			.orElseThrow(() -> new NotFoundException("source", String.valueOf(id)));
		if (!deleted) {
			throw new ConflictException("Source " + id + " is not deleted");
		}
		List<Long> claimIds = this.directory.aboutLiveSubjects(this.claims.findDeletedWithSource(id));
		this.sources.restore(id, Timestamp.from(Writes.now()));
		List<Claim> reinstated = reinstate(claimIds);
		this.storeChanges.record(sourceTag(id), "sources", "stats");
		this.derived.refresh(subjectsOf(reinstated));
		return this.provenance.source(id);
	}

	private void apply(Source source, SourceRequest request) {
		List<Source.Citation> citations = (request.citations() != null) ? request.citations()
			.stream()
			.map(c -> new Source.Citation(c.name(), c.kind()))
			.toList() : List.of();
		source.update(request.title(), request.outlet(), request.authors(), request.summary(), request.sha256(),
				citations);
	}

	private Source liveSource(long id) {
		return this.sources.findById(id).orElseThrow(() -> new NotFoundException("source", String.valueOf(id)));
	}

	// ------------------------------------------------------------------ claims

	ClaimDetail claim(long id) {
		Claim claim = this.claims.findById(id).orElseThrow(() -> new NotFoundException("claim", String.valueOf(id)));
		return this.provenance.claim(claim);
	}

	ClaimDetail createClaim(ClaimRequest request) {
		Violations violations = this.writes.check(request);
		checkClaim(request, violations, "", true);
		violations.throwIfAny();
		Claim claim = insertClaim(request, liveSource(request.source()));
		this.derived.refresh(List.of(claim.subject()));
		return this.provenance.claim(claim);
	}

	ClaimDetail replaceClaim(long id, String ifMatch, ClaimRequest request) {
		Claim claim = this.claims.findById(id).orElseThrow(() -> new NotFoundException("claim", String.valueOf(id)));
		this.etags.require(ifMatch, this.provenance.claim(claim));
		Violations violations = this.writes.check(request);
		checkClaim(request, violations, "", false);
		ClaimRequest current = requestOf(claim);
		if (request.source() != null && !request.source().equals(current.source())) {
			violations.add("source", "source cannot change; delete this claim and create one for the other source");
		}
		if (request.subject() != null && !request.subject().equals(current.subject())) {
			violations.add("subject", "subject cannot change; delete this claim and create one for the other subject");
		}
		violations.throwIfAny();
		ClaimState before = claim.state();
		claim.update(this.attributes.findById(request.attribute()).orElseThrow(), request.value().strip(),
				request.valueLabel().strip(), request.excerpt().strip());
		this.publisher.publishEvent(new ClaimChanged(claim.subject(), "claim-updated", before, claim.state()));
		this.derived.refresh(List.of(claim.subject()));
		return this.provenance.claim(claim);
	}

	ClaimDetail patchClaim(long id, String ifMatch, JsonNode patch) {
		Claim claim = this.claims.findById(id).orElseThrow(() -> new NotFoundException("claim", String.valueOf(id)));
		this.etags.require(ifMatch, this.provenance.claim(claim));
		return replaceClaim(id, ifMatch, this.writes.patch(requestOf(claim), patch, ClaimRequest.class));
	}

	void deleteClaim(long id, String ifMatch) {
		Claim claim = this.claims.findById(id).orElseThrow(() -> new NotFoundException("claim", String.valueOf(id)));
		this.etags.require(ifMatch, this.provenance.claim(claim));
		retire(claim, Writes.now());
		this.derived.touched(List.of(claim));
		this.derived.refresh(List.of(claim.subject()));
	}

	ClaimDetail restoreClaim(long id) {
		if (this.claims.findById(id).isPresent()) {
			throw new ConflictException("Claim " + id + " is not deleted");
		}
		if (this.claims.countDeleted(id) == 0) {
			throw new NotFoundException("claim", String.valueOf(id));
		}
		if (this.directory.aboutLiveSubjects(this.claims.findWithLiveSource(id)).isEmpty()) {
			throw new ConflictException("Claim " + id + " cannot be restored while its source or subject is deleted");
		}
		reinstate(List.of(id));
		Claim claim = this.claims.findById(id).orElseThrow();
		this.derived.refresh(List.of(claim.subject()));
		return this.provenance.claim(claim);
	}

	/** Soft-deletes the claims about a subject being deleted; they share its timestamp. */
	public void retireClaimsOf(Subject subject, Instant at) {
		this.derived.touched(this.claims.findBySubjects(subject.type(), List.of(subject.id())));
		this.claims.retireOfSubject(subject.type().name(), subject.id(), Timestamp.from(at));
		this.derived.refresh(List.of(subject));
	}

	/** Restores the claims deleted together with a subject; call it before restoring the subject. */
	public void reinstateClaimsOf(Subject subject) {
		this.directory.deletedAt(subject)
			.ifPresent(at -> this.claims.reinstateOfSubject(subject.type().name(), subject.id(), Timestamp.from(at),
					Timestamp.from(Writes.now())));
		this.derived.refresh(List.of(subject));
	}

	/** Tells provenance that a subject's name changed: it shows in the claims, disputes and sources about it. */
	public void subjectRenamed(Subject subject) {
		this.derived.renamed(subject);
	}

	/** Whether any live claim names the actor as its value. */
	public boolean actorIsClaimed(String slug) {
		return this.claims.countNamingActor(slug) > 0;
	}

	private Claim insertClaim(ClaimRequest request, Source source) {
		Subject subject = new Subject(subjectType(request.subject().type()).orElseThrow(),
				this.directory.find(subjectType(request.subject().type()).orElseThrow(), request.subject().slug())
					.orElseThrow());
		Claim claim = this.claims.save(new Claim(source, subject, this.attributes.findById(request.attribute()).orElseThrow(),
				request.value().strip(), request.valueLabel().strip(), request.excerpt().strip()));
		this.publisher.publishEvent(new ClaimChanged(subject, "claim-added", null, claim.state()));
		return claim;
	}

	private void retire(Claim claim, Instant at) {
		ClaimState before = claim.state();
		claim.markDeleted(at);
		this.publisher.publishEvent(new ClaimChanged(claim.subject(), "claim-deleted", before, null));
	}

	/** Returns the claims that are live again (not those whose subject is still deleted). */
	private List<Claim> reinstate(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		this.claims.restore(ids, Timestamp.from(Writes.now()));
		List<Claim> reinstated = new ArrayList<>();
		for (Long id : ids) {
			this.claims.findById(id).ifPresent(claim -> {
				reinstated.add(claim);
				this.publisher.publishEvent(new ClaimChanged(claim.subject(), "claim-restored", null, claim.state()));
			});
		}
		return reinstated;
	}

	private static Set<Subject> subjectsOf(Collection<Claim> claims) {
		return claims.stream().map(Claim::subject).collect(Collectors.toCollection(LinkedHashSet::new));
	}

	private static String sourceTag(long id) {
		return "source:" + id;
	}

	private ClaimRequest requestOf(Claim claim) {
		SubjectRef subject = this.directory.name(List.of(claim.subject())).get(claim.subject());
		return new ClaimRequest(claim.getSource().getId(), new ClaimRequest.SubjectKey(subject.type(), subject.slug()),
				claim.getAttribute().getCode(), claim.getValue(), claim.getValueLabel(), claim.getExcerpt());
	}

	/** Domain rules of a claim: known attribute, source and subject, and a value of the right type. */
	private void checkClaim(ClaimRequest request, Violations violations, String prefix, boolean checkSource) {
		if (checkSource && request.source() != null && request.source() >= 0
				&& this.sources.findById(request.source()).isEmpty()) {
			violations.add(prefix + "source", "No source " + request.source());
		}
		Optional<SubjectType> type = Optional.empty();
		if (request.subject() != null && request.subject().type() != null) {
			type = subjectType(request.subject().type());
			if (type.isEmpty()) {
				violations.add(prefix + "subject.type", "subject.type must be one of event, actor, figure");
			}
			else if (request.subject().slug() != null
					&& this.directory.find(type.get(), request.subject().slug()).isEmpty()) {
				violations.add(prefix + "subject.slug",
						"No " + type.get().code() + " '" + request.subject().slug() + "'");
			}
		}
		if (request.attribute() == null) {
			return;
		}
		Optional<ClaimAttribute> attribute = this.attributes.findById(request.attribute());
		if (attribute.isEmpty()) {
			violations.add(prefix + "attribute", "Unknown attribute '" + request.attribute() + "'");
			return;
		}
		if (type.isPresent() && attribute.get().getSubjectType() != type.get()) {
			violations.add(prefix + "attribute", "Attribute '" + request.attribute() + "' applies to "
					+ attribute.get().getSubjectType().code() + "s, not " + type.get().code() + "s");
		}
		if (request.value() != null && !request.value().isBlank()) {
			String problem = valueProblem(attribute.get().getValueType(), request.value().strip());
			if (problem != null) {
				violations.add(prefix + "value", problem);
			}
		}
	}

	private String valueProblem(ValueType type, String value) {
		switch (type) {
			case DATE -> {
				try {
					PartialDate.parse(value);
				}
				catch (IllegalArgumentException ex) {
					return "value must be a date such as 2025-06-09, ~2025-06-11, 2025-05-mid or 2025-05";
				}
			}
			case NUMBER -> {
				try {
					new BigDecimal(value);
				}
				catch (NumberFormatException ex) {
					return "value must be a decimal number";
				}
			}
			case ACTOR -> {
				if (this.directory.find(SubjectType.ACTOR, value).isEmpty()) {
					return "value must be the slug of an actor; no actor '" + value + "'";
				}
			}
			case TEXT -> {
				// Free text.
			}
		}
		return null;
	}

	private static Optional<SubjectType> subjectType(String code) {
		for (SubjectType type : SubjectType.values()) {
			if (type.code().equals(code)) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}

}
