package org.tradeline.provenance.claim;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.tradeline.provenance.ClaimConsistency;
import org.tradeline.provenance.source.Source;
import org.tradeline.provenance.source.SourceRepository;
import org.tradeline.provenance.subject.SubjectRef;
import org.tradeline.provenance.subject.SubjectType;
import org.tradeline.store.WireName;
import org.tradeline.web.Writes.Violations;

/** The domain rules of a claim, shared by claims written alone and with a new source. */
@Component
public class ClaimRules {

	private final SourceRepository sources;

	private final ClaimAttributeRepository attributes;

	private final SubjectDirectory directory;

	ClaimRules(SourceRepository sources, ClaimAttributeRepository attributes, SubjectDirectory directory) {
		this.sources = sources;
		this.attributes = attributes;
		this.directory = directory;
	}

	/** The request that would write the claim as it is. */
	ClaimRequest requestOf(Claim claim) {
		SubjectRef subject = this.directory.name(List.of(claim.subject())).get(claim.subject());
		return new ClaimRequest(claim.getSource().getId(), new ClaimRequest.SubjectKey(subject.type(), subject.slug()),
				claim.getAttribute().getCode(), claim.getValue(), claim.getValueLabel(), claim.getExcerpt(),
				claim.getState());
	}

	/** Domain rules of a claim: known attribute, source and subject, and a value of the right type. */
	public void check(ClaimRequest request, Violations violations, String prefix, boolean checkSource) {
		Optional<Source> source = (request.source() != null && request.source() >= 0)
				? this.sources.findById(request.source()) : Optional.empty();
		if (checkSource && request.source() != null && request.source() >= 0 && source.isEmpty()) {
			violations.add(prefix + "source", "No source " + request.source());
		}
		String draft = source.map(s -> ClaimConsistency.sourceProblem(request.state(), s.getId(), s.isPublished(),
				"state")).orElse(null);
		if (draft != null) {
			violations.add(prefix + "state", draft + " (state published on the source)");
		}
		Optional<SubjectType> type = Optional.empty();
		if (request.subject() != null && request.subject().type() != null) {
			type = subjectType(request.subject().type());
			if (type.isEmpty()) {
				violations.add(prefix + "subject.type", "subject.type must be one of " + WireName.choices(SubjectType.class));
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
		String subjectProblem = type.map(t -> ClaimConsistency.attributeProblem(request.attribute(),
				attribute.get().getSubjectType(), t, "attribute")).orElse(null);
		if (subjectProblem != null) {
			violations.add(prefix + "attribute", subjectProblem);
		}
		if (request.value() != null && !request.value().isBlank()) {
			String problem = attribute.get().getValueType().problem(request.value().strip(), "value",
					slug -> this.directory.find(SubjectType.ACTOR, slug).isPresent());
			if (problem != null) {
				violations.add(prefix + "value", problem);
			}
		}
	}

	public static Optional<SubjectType> subjectType(String code) {
		return WireName.parse(SubjectType.class, code);
	}

}
