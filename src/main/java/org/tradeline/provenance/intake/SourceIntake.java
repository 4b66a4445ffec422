package org.tradeline.provenance.intake;

import java.time.LocalDate;
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
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tradeline.problem.ConflictException;
import org.tradeline.problem.NotFoundException;
import org.tradeline.provenance.Provenance;
import org.tradeline.provenance.PublicationPrecision;
import org.tradeline.provenance.SourceRef;
import org.tradeline.provenance.ValueType;
import org.tradeline.provenance.claim.Claim;
import org.tradeline.provenance.claim.ClaimAttribute;
import org.tradeline.provenance.claim.ClaimAttributeRepository;
import org.tradeline.provenance.claim.ClaimRepository;
import org.tradeline.provenance.claim.ClaimRequest;
import org.tradeline.provenance.claim.ClaimRules;
import org.tradeline.provenance.claim.ClaimWrites;
import org.tradeline.provenance.claim.SubjectDirectory;
import org.tradeline.provenance.dispute.DisputeDetector;
import org.tradeline.provenance.dispute.DisputeDetector.Conflict;
import org.tradeline.provenance.dispute.DisputeDetector.Fact;
import org.tradeline.provenance.dispute.DisputeDetector.Position;
import org.tradeline.provenance.source.Source;
import org.tradeline.provenance.source.SourceDetail;
import org.tradeline.provenance.source.SourceRepository;
import org.tradeline.provenance.source.SourceRequest;
import org.tradeline.provenance.source.SourceWrites;
import org.tradeline.provenance.subject.Subject;
import org.tradeline.provenance.subject.SubjectType;
import org.tradeline.store.PublicationState;
import org.tradeline.web.Writes;
import org.tradeline.web.Writes.Violations;

/**
 * What a feature that reads documents needs of provenance: a draft source for a document, a preview
 * of what a suggested claim would do to the public record (by the dispute rules, not a second copy
 * of them), and draft claims written through the claim write path.
 */
@Service
@Transactional
public class SourceIntake {

	private final SourceWrites sourceWrites;

	private final SourceRepository sources;

	private final ClaimWrites claimWrites;

	private final ClaimRules rules;

	private final ClaimRepository claims;

	private final ClaimAttributeRepository attributes;

	private final SubjectDirectory directory;

	private final Writes writes;

	SourceIntake(SourceWrites sourceWrites, SourceRepository sources, ClaimWrites claimWrites, ClaimRules rules,
			ClaimRepository claims, ClaimAttributeRepository attributes, SubjectDirectory directory, Writes writes) {
		this.sourceWrites = sourceWrites;
		this.sources = sources;
		this.claimWrites = claimWrites;
		this.rules = rules;
		this.claims = claims;
		this.attributes = attributes;
		this.directory = directory;
		this.writes = writes;
	}

	/** A document's metadata as sent; sha256 is the digest of the bytes sent. */
	public record Draft(String fileName, String title, String outlet, String url, String language,
			LocalDate publishedOn, PublicationPrecision publishedPrecision, String summary, String sha256) {
	}

	/** A claim that might be made: about a stored subject (slug) or a proposed one (slug null). */
	public record Candidate(SubjectType type, String slug, String attribute, String value) {
	}

	/**
	 * What the claim would do to the published record: {@code corroborates} published claims with a
	 * compatible value, {@code contradicts} them (a single-valued attribute with an incompatible
	 * value: the dispute it would create or join), or is {@code new}.
	 */
	public record Preview(String kind, List<PreviewClaim> corroborates, List<PreviewClaim> contradicts,
			PreviewDispute dispute) {

		static final Preview NEW = new Preview("new", List.of(), List.of(), null);

	}

	public record PreviewClaim(long id, String value, String valueLabel, SourceRef source) {
	}

	/** @param joins whether the published claims are in dispute already (else the claim would open one) */
	public record PreviewDispute(boolean joins, List<PreviewPosition> positions) {
	}

	/** A competing value and the sources whose claims are compatible with it, this document included. */
	public record PreviewPosition(String value, List<SourceRef> sources, boolean thisDocument) {
	}

	/**
	 * A stored draft source: its id, and its representation as {@code GET /api/v1/sources/{id}?state=all}
	 * shows it (a SourceDetail, which stays this module's type).
	 */
	public record DraftSource(long id, Object representation) {
	}

	/**
	 * A draft source for the document, through the source write path; the same bytes stored before
	 * (as a live source) are a conflict naming it.
	 */
	public DraftSource createDraft(Draft draft) {
		Optional<Source> same = this.sources.findBySha256(draft.sha256()).stream().findFirst();
		if (same.isPresent()) {
			throw new ConflictException("These bytes were ingested before: source " + same.get().getId()
					+ " (" + same.get().getFileName() + ") has the same SHA-256");
		}
		SourceDetail created = this.sourceWrites.create(new SourceRequest(draft.fileName(), draft.title(),
				draft.outlet(), null, draft.url(), draft.language(), draft.publishedOn(), draft.publishedPrecision(),
				draft.summary(), draft.sha256(), List.of(), null, PublicationState.DRAFT));
		return new DraftSource(created.id(), created);
	}

	/** The live source, or 404: a review of a deleted source stores nothing. */
	@Transactional(readOnly = true)
	public void requireLive(long sourceId) {
		this.sources.findById(sourceId).orElseThrow(() -> new NotFoundException("source", String.valueOf(sourceId)));
	}

	/**
	 * The same, and locked until the transaction ends: decisions on one source's suggestions take
	 * turns, so two accepting suggestions about one proposed event at once make one draft event of it.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void lockLive(long sourceId) {
		if (this.sources.lockAnyById(sourceId).filter(row -> !row.deleted()).isEmpty()) {
			throw new NotFoundException("source", String.valueOf(sourceId));
		}
	}

	/** When the live source was published, if it says. */
	@Transactional(readOnly = true)
	public Optional<LocalDate> publishedOn(long sourceId) {
		return this.sources.findById(sourceId).map(Source::getPublishedOn);
	}

	/** The previews of the candidates, in their order, against the published claims about their subjects. */
	@Transactional(readOnly = true)
	public List<Preview> preview(long sourceId, List<Candidate> candidates) {
		Map<SubjectType, Set<String>> slugs = new EnumMap<>(SubjectType.class);
		candidates.stream()
			.filter(c -> c.slug() != null)
			.forEach(c -> slugs.computeIfAbsent(c.type(), t -> new HashSet<>()).add(c.slug()));
		Map<SubjectType, Map<String, Long>> ids = new EnumMap<>(SubjectType.class);
		slugs.forEach((type, some) -> ids.put(type, this.directory.find(type, some)));
		Map<Subject, List<Claim>> published = new HashMap<>();
		ids.forEach((type, bySlug) -> {
			List<Long> found = bySlug.values().stream().distinct().toList();
			if (found.isEmpty()) {
				return;
			}
			this.directory.publicOnes(this.claims.findBySubjects(type, found))
				.forEach(c -> published.computeIfAbsent(c.subject(), s -> new ArrayList<>()).add(c));
		});
		Map<String, ClaimAttribute> vocabulary = attributesOf(candidates.stream().map(Candidate::attribute).toList());
		List<Preview> previews = new ArrayList<>();
		for (Candidate candidate : candidates) {
			Long id = (candidate.slug() != null) ? ids.get(candidate.type()).get(candidate.slug()) : null;
			ClaimAttribute attribute = vocabulary.get(candidate.attribute());
			if (id == null || attribute == null) {
				previews.add(Preview.NEW);
				continue;
			}
			Subject subject = new Subject(candidate.type(), id);
			// The source's own claims (once accepted) corroborate nothing: only other documents do. That an
			// event occurred, any claim about it says, as the dispute rules read it.
			boolean occurred = DisputeDetector.OCCURRENCE.equals(attribute.getCode())
					&& DisputeDetector.compatible(attribute.getValueType(), candidate.value(), DisputeDetector.OCCURRED);
			List<Claim> same = published.getOrDefault(subject, List.of())
				.stream()
				.filter(c -> (occurred || c.getAttribute().getCode().equals(attribute.getCode()))
						&& c.getSource().getId() != sourceId)
				.toList();
			previews.add(preview(sourceId, subject, attribute, candidate.value(), same));
		}
		return previews;
	}

	private static Preview preview(long sourceId, Subject subject, ClaimAttribute attribute, String value,
			List<Claim> same) {
		ValueType type = attribute.getValueType();
		List<PreviewClaim> agreeing = new ArrayList<>();
		List<PreviewClaim> disagreeing = new ArrayList<>();
		for (Claim claim : same) {
			PreviewClaim view = new PreviewClaim(claim.getId(), claim.getValue(), claim.getValueLabel(),
					SourceRef.of(claim.getSource()));
			if (!claim.getAttribute().getCode().equals(attribute.getCode())
					|| DisputeDetector.compatible(type, claim.getValue(), value)) {
				agreeing.add(view);
			}
			else if (attribute.isSingleValued()) {
				disagreeing.add(view);
			}
		}
		if (disagreeing.isEmpty()) {
			return agreeing.isEmpty() ? Preview.NEW : new Preview("corroborates", agreeing, List.of(), null);
		}
		List<Fact> facts = new ArrayList<>(same.stream().map(Provenance::fact).toList());
		boolean joins = !DisputeDetector.assess(facts).conflicts().isEmpty();
		// The claim does not exist yet: an id no stored claim has stands for it.
		facts.add(new Fact(-1, sourceId, subject, attribute.getCode(), type, true, value));
		Map<Long, SourceRef> refs = new LinkedHashMap<>();
		same.forEach(c -> refs.put(c.getSource().getId(), SourceRef.of(c.getSource())));
		List<PreviewPosition> positions = new ArrayList<>();
		for (Conflict conflict : DisputeDetector.assess(facts).conflicts()) {
			for (Position position : conflict.positions()) {
				boolean ours = position.claims().stream().anyMatch(f -> f.claimId() == -1);
				List<SourceRef> supporting = position.supportingSources()
					.stream()
					.filter(refs::containsKey)
					.map(refs::get)
					.toList();
				positions.add(new PreviewPosition(position.value(), supporting, ours));
			}
		}
		return new Preview("contradicts", agreeing, disagreeing, new PreviewDispute(joins, positions));
	}

	private Map<String, ClaimAttribute> attributesOf(Collection<String> codes) {
		return this.attributes.findAllById(new HashSet<>(codes))
			.stream()
			.collect(Collectors.toMap(ClaimAttribute::getCode, a -> a));
	}

	/**
	 * A draft claim of the source through the claim write path; its rules' violations name the
	 * fields under {@code prefix} (the decision that asked for it). A null label is the value's own
	 * reading: a date as a reader sees it ("June 2025", as the rules label what they find), anything
	 * else as written.
	 */
	public long addDraftClaim(long sourceId, SubjectType type, String slug, String attribute, String value,
			String valueLabel, String excerpt, String prefix) {
		String label = (valueLabel != null || value == null) ? valueLabel : labelOf(attribute, value);
		ClaimRequest request = new ClaimRequest(sourceId, new ClaimRequest.SubjectKey(type.code(), slug), attribute,
				value, label, excerpt, PublicationState.DRAFT);
		// Named as the caller's request names them: decisions[0].value, not value.
		Violations violations = this.writes.check(request, prefix);
		this.rules.check(request, violations, prefix, true);
		// The attribute is the suggestion's; an attribute that does not fit is the subject chosen.
		violations.blame(prefix + "attribute", prefix + "subject.type").throwIfAny();
		// The write path checks the request's shape (lengths, characters) once more, as for any claim.
		return this.claimWrites.create(request).id();
	}

	private String labelOf(String attribute, String value) {
		boolean date = this.attributes.findById(attribute).filter(a -> a.getValueType() == ValueType.DATE).isPresent();
		try {
			return date ? ValueType.date(value.strip()).label() : value;
		}
		catch (IllegalArgumentException notADate) {
			// Refused with the rest of the value's problems by the claim rules.
			return value;
		}
	}

}
