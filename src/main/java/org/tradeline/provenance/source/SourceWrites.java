package org.tradeline.provenance.source;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tradeline.cache.etag.Etags;
import org.tradeline.calendar.IsoDate;
import org.tradeline.problem.ConflictException;
import org.tradeline.provenance.CitationChanged;
import org.tradeline.provenance.ClaimChanged;
import org.tradeline.provenance.ClaimState;
import org.tradeline.provenance.DerivedProvenance;
import org.tradeline.provenance.ProvenanceWrites;
import org.tradeline.provenance.SourceRef;
import org.tradeline.provenance.claim.Claim;
import org.tradeline.provenance.claim.ClaimRepository;
import org.tradeline.provenance.claim.ClaimRequest;
import org.tradeline.provenance.claim.ClaimRules;
import org.tradeline.provenance.claim.SubjectDirectory;
import org.tradeline.provenance.intake.SourceDocuments;
import org.tradeline.provenance.intake.SourcePublished;
import org.tradeline.provenance.subject.Subject;
import org.tradeline.store.PublicationState;
import org.tradeline.store.StoreChanges;
import org.tradeline.store.Visibility;
import org.tradeline.web.ResourceWrites;
import org.tradeline.web.Writes.Violations;
import org.tradeline.web.Writes;

/** Writes sources; a new source may bring its claims, which are checked and stored with it. */
@Service
@Transactional
public class SourceWrites extends ResourceWrites.Numbered<Source, SourceRequest, SourceDetail> {

	private final SourceRepository sources;

	private final ClaimRepository claims;

	private final ClaimRules rules;

	private final SubjectDirectory directory;

	private final ProvenanceWrites provenanceWrites;

	private final SourceReads reads;

	private final DerivedProvenance derived;

	private final Writes writes;

	private final StoreChanges storeChanges;

	private final SourceRevisions revisions;

	private final ApplicationEventPublisher publisher;

	private final SourceDocuments documents;

	SourceWrites(SourceRepository sources, ClaimRepository claims, ClaimRules rules, SubjectDirectory directory,
			ProvenanceWrites provenanceWrites, SourceReads reads, DerivedProvenance derived, Etags etags,
			Writes writes, StoreChanges storeChanges, SourceRevisions revisions, ApplicationEventPublisher publisher,
			SourceDocuments documents) {
		super("source", SourceRequest.class, sources, etags, writes);
		this.sources = sources;
		this.claims = claims;
		this.rules = rules;
		this.directory = directory;
		this.provenanceWrites = provenanceWrites;
		this.reads = reads;
		this.derived = derived;
		this.writes = writes;
		this.storeChanges = storeChanges;
		this.revisions = revisions;
		this.publisher = publisher;
		this.documents = documents;
	}

	@Override
	public SourceDetail create(SourceRequest request) {
		Violations violations = check(request);
		List<ClaimRequest.Inline> inline = (request.claims() != null) ? request.claims() : List.of();
		for (int i = 0; i < inline.size(); i++) {
			if (inline.get(i) != null) {
				// The source does not exist yet; -1 stands for it while its claims are checked.
				this.rules.check(inline.get(i).of(-1), violations, "claims[" + i + "].", true);
			}
		}
		violations.throwIfAny();
		if (this.sources.countByFileNameIncludingDeleted(request.fileName()) > 0) {
			throw new ConflictException("A source with file name '" + request.fileName() + "' already exists");
		}
		Source source = (request.state() == PublicationState.DRAFT) ? Source.draft(request.fileName(), request.sha256())
				: new Source(request.fileName(), request.sha256());
		apply(source, request);
		source = this.sources.save(source);
		this.revisions.record(source.getId(), "created", null, false, requestOf(source), false);
		Set<Subject> subjects = new LinkedHashSet<>();
		List<Claim> inserted = new ArrayList<>();
		for (ClaimRequest.Inline claim : inline) {
			Claim written = this.provenanceWrites.insertClaim(claim.of(source.getId()), source);
			inserted.add(written);
			subjects.add(written.subject());
		}
		this.storeChanges.record(tag(source.getId()), "sources", "stats");
		this.derived.refresh(subjects);
		seenByPublic(source, inserted);
		return view(source);
	}

	@Override
	protected SourceDetail view(Source source) {
		// What editors write is what they read back, drafts included.
		return this.reads.source(source.getId(), null, Visibility.ALL);
	}

	@Override
	protected SourceRequest requestOf(Source source) {
		return new SourceRequest(source.getFileName(), source.getTitle(), source.getOutlet(), source.getAuthors(),
				source.getUrl(), source.getLanguage(), source.getPublishedOn(), source.getPublishedPrecision(),
				source.getSummary(), source.getSha256(), source.getCitations()
					.stream()
					.map(c -> new SourceRequest.CitationRequest(c.name(), c.kind()))
					.toList(), null, source.getState());
	}

	/**
	 * publishedPrecision means nothing without publishedOn (and is day by default when a date is given):
	 * a patch that removes the date and gives no precision removes the precision with it.
	 */
	@Override
	protected SourceRequest patchTarget(Source source, JsonNode patch) {
		SourceRequest current = requestOf(source);
		return (patch != null && patch.path("publishedOn").isNull() && !patch.has("publishedPrecision"))
				? current.withoutPublishedPrecision() : current;
	}

	@Override
	protected SourceRequest asWritten(SourceRequest request, Source source) {
		return request.asWritten(source.getState());
	}

	@Override
	protected SourceDetail change(Long id, Source source, SourceRequest request) {
		Violations violations = check(request);
		if (request.claims() != null) {
			violations.add("claims", "claims can only be given when creating a source; use /api/v1/claims");
		}
		if (!source.getFileName().equals(request.fileName())) {
			violations.add("fileName", "fileName identifies the document and cannot change");
		}
		if (!source.getSha256().equals(request.sha256()) && this.documents.holdsDocument(id)) {
			violations.add("sha256", "sha256 is the digest of the document this service read, and cannot change");
		}
		boolean publishing = !source.isPublished() && request.state() == PublicationState.PUBLISHED;
		if (source.isPublished() && request.state() == PublicationState.DRAFT) {
			violations.add("state", "A published source cannot return to draft; delete it to take it out of the record");
		}
		violations.throwIfAny();
		SourceRequest before = requestOf(source);
		boolean redated = !Objects.equals(source.getPublishedOn(), request.publishedOn())
				|| !Objects.equals(source.getPublishedPrecision(), request.precision());
		SourceRef cited = SourceRef.of(source);
		apply(source, request);
		if (publishing) {
			source.changeState(PublicationState.PUBLISHED);
		}
		this.sources.flush();
		this.revisions.record(id, publishing ? "published" : "updated", before, false, requestOf(source), false);
		// Its claims and the disputes citing it show the source's citation; a published one counts.
		this.storeChanges.record(tag(id), "sources", "stats");
		List<Claim> own = this.claims.findBySourceId(id);
		this.derived.touched(own);
		List<Claim> published = publishing ? publishDrafts(own) : List.of();
		if (redated || !published.isEmpty()) {
			// When each dispute it takes part in was first in print depends on its date.
			this.derived.refresh(ProvenanceWrites.subjectsOf(own));
		}
		if (!SourceRef.of(source).equals(cited)) {
			// Renamed or re-dated: the rows showing its published claims show the new citation.
			this.publisher.publishEvent(new CitationChanged(ProvenanceWrites.subjectsOf(own.stream()
				.filter(claim -> claim.getState() == PublicationState.PUBLISHED)
				.toList())));
		}
		if (publishing) {
			this.publisher.publishEvent(new SourcePublished(id));
		}
		seenByPublic(source, own);
		return view(source);
	}

	/**
	 * Publishing a source publishes the claims drafted from it, each recorded in its subject's
	 * revisions; a claim an editor already published stays as it is.
	 */
	private List<Claim> publishDrafts(List<Claim> own) {
		List<Claim> drafts = own.stream().filter(claim -> claim.getState() == PublicationState.DRAFT).toList();
		for (Claim claim : drafts) {
			ClaimState before = claim.state();
			claim.changeState(PublicationState.PUBLISHED);
			this.publisher.publishEvent(new ClaimChanged(claim.subject(), "claim-published", before, claim.state()));
		}
		return drafts;
	}

	/** With the same timestamp, every claim it makes. */
	@Override
	protected void remove(Source source, Instant at) {
		List<Claim> retired = this.claims.findBySourceId(source.getId());
		retired.forEach(claim -> this.provenanceWrites.retire(claim, at));
		source.markDeleted(at);
		SourceRequest written = requestOf(source);
		this.revisions.record(source.getId(), "deleted", written, false, written, true);
		this.storeChanges.record(tag(source.getId()), "sources", "stats");
		this.derived.touched(retired);
		this.derived.refresh(ProvenanceWrites.subjectsOf(retired));
		seenByPublic(source, retired);
	}

	/** With the claims deleted with it; those about a subject deleted since come back with the subject. */
	@Override
	protected SourceDetail restore(Long key, long id) {
		List<ClaimRepository.ClaimSubject> deletedWith = this.claims.findDeletedWithSource(id);
		List<Long> claimIds = this.directory.aboutLiveSubjects(deletedWith);
		Set<Long> back = new HashSet<>(claimIds);
		this.provenanceWrites.passToDeletedSubjects(
				deletedWith.stream().filter(claim -> !back.contains(claim.id())).toList());
		this.sources.restore(id, Timestamp.from(Writes.now()));
		List<Claim> reinstated = this.provenanceWrites.reinstate(claimIds);
		Source source = live(key);
		SourceRequest written = requestOf(source);
		this.revisions.record(id, "restored", written, true, written, false);
		this.storeChanges.record(tag(id), "sources", "stats");
		this.derived.refresh(ProvenanceWrites.subjectsOf(reinstated));
		seenByPublic(source, reinstated);
		return view(source);
	}

	/**
	 * A draft source is shown to editors only, and so are its draft claims; a published claim of one
	 * is public, and shows the source's citation.
	 */
	private void seenByPublic(Source source, List<Claim> claims) {
		this.storeChanges.seenByPublic(source.isPublished()
				|| claims.stream().anyMatch(claim -> claim.getState() == PublicationState.PUBLISHED));
	}

	private Violations check(SourceRequest request) {
		Violations violations = this.writes.check(request);
		if (request.publishedPrecision() != null && request.publishedOn() == null) {
			violations.add("publishedPrecision", "publishedPrecision needs publishedOn");
		}
		if (request.publishedOn() != null && IsoDate.isFuture(request.publishedOn())) {
			violations.add("publishedOn", "publishedOn " + request.publishedOn() + " is in the future");
		}
		// A document cites an outlet once however often it names it; a second entry would be a second source.
		Map<String, Integer> cited = new HashMap<>();
		List<SourceRequest.CitationRequest> citations = (request.citations() != null) ? request.citations() : List.of();
		for (int i = 0; i < citations.size(); i++) {
			SourceRequest.CitationRequest c = citations.get(i);
			if (c != null && c.name() != null && c.kind() != null) {
				Integer first = cited.putIfAbsent(c.kind() + ":" + c.name().strip().toLowerCase(Locale.ROOT), i);
				if (first != null) {
					violations.add("citations[" + i + "]", "citations[" + i + "] repeats citations[" + first + "]");
				}
			}
		}
		return violations;
	}

	private static void apply(Source source, SourceRequest given) {
		SourceRequest request = given.asWritten(source.getState());
		List<Source.Citation> citations = (request.citations() != null) ? request.citations()
			.stream()
			.map(c -> new Source.Citation(c.name(), c.kind()))
			.toList() : List.of();
		source.update(request.title(), request.outlet(), request.authors(), request.summary(), request.sha256(),
				citations);
		source.publish(request.url(), request.language(), request.publishedOn(), request.precision());
	}

	private static String tag(long id) {
		return "source:" + id;
	}

}
