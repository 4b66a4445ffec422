package org.tradeline.provenance.source;

import org.tradeline.provenance.ClaimStatus;
import org.tradeline.provenance.SubjectRef;


/** A claim as listed under its source: what it is about instead of which source made it. */
public record SourceClaimView(long id, SubjectRef subject, String attribute, String attributeLabel, String value,
		String valueLabel, String excerpt, ClaimStatus status) {
}
