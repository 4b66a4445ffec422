package org.tradeline.provenance.dispute;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.tradeline.provenance.DisputeView;
import org.tradeline.provenance.SourceRef;
import org.tradeline.provenance.claim.Claim;
import org.tradeline.provenance.dispute.DisputeDetector.Conflict;
import org.tradeline.provenance.subject.Subject;
import org.tradeline.provenance.subject.SubjectRef;


/**
 * How the conflicts {@link DisputeDetector} finds among some claims are shown: each competing value
 * with the claims and sources stating it, and the sources that contradict themselves. The detector
 * works on bare facts; the view takes labels, excerpts and sources from the claims themselves.
 */
public final class DisputeViews {

	private DisputeViews() {
	}

	/**
	 * @param conflicts what the detector found among the claims
	 * @param claims the claims it assessed
	 * @param names the conflicts' subjects as the API names them
	 */
	public static List<DisputeView> of(List<Conflict> conflicts, List<Claim> claims, Map<Subject, SubjectRef> names) {
		if (conflicts.isEmpty()) {
			return List.of();
		}
		Map<Long, Claim> byId = claims.stream().collect(Collectors.toMap(Claim::getId, Function.identity()));
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
				.map(sourceId -> claims.stream()
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

}
