package org.tradeline.provenance;

import java.util.List;

import org.tradeline.provenance.subject.SubjectRef;

/**
 * Sources disagreeing on one attribute of one subject: every competing value with the evidence for
 * it. Positions are ordered by how many independent sources support them, but none is preferred.
 */
public record DisputeView(String id, SubjectRef subject, String attribute, String attributeLabel,
		List<Position> positions, List<SourceRef> selfContradictingSources) {

	/** A competing value and the claims stating it; supportingSources counts distinct documents. */
	public record Position(String value, String valueLabel, int supportingSources, List<Evidence> claims) {
	}

	public record Evidence(long claimId, String valueLabel, String excerpt, SourceRef source) {
	}

}
