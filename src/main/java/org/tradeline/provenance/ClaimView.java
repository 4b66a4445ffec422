package org.tradeline.provenance;

import org.tradeline.provenance.claim.Claim;
import org.tradeline.store.PublicationState;

/** One claim with its source, its evidence and how it stands against the other sources. */
public record ClaimView(long id, String attribute, String attributeLabel, String value, String valueLabel,
		String excerpt, SourceRef source, ClaimStatus status, PublicationState state) {

	static ClaimView of(Claim claim, ClaimStatus status) {
		return new ClaimView(claim.getId(), claim.getAttribute().getCode(), claim.getAttribute().getLabel(),
				claim.getValue(), claim.getValueLabel(), claim.getExcerpt(), SourceRef.of(claim.getSource()), status,
				claim.getState());
	}

}
