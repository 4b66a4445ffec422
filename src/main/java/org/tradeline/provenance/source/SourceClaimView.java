package org.tradeline.provenance.source;

import org.tradeline.provenance.ClaimStatus;
import org.tradeline.provenance.subject.SubjectRef;
import org.tradeline.store.PublicationState;

/**
 * A claim as listed under its source: what it is about instead of which source made it, and (for an
 * editor, who sees drafts too) whether it is published.
 */
public record SourceClaimView(long id, SubjectRef subject, String attribute, String attributeLabel, String value,
		String valueLabel, String excerpt, ClaimStatus status, PublicationState state) {
}
