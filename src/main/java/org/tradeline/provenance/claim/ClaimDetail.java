package org.tradeline.provenance.claim;

import org.tradeline.cache.etag.EntityTagged;
import org.tradeline.provenance.ClaimStatus;
import org.tradeline.provenance.SourceRef;
import org.tradeline.provenance.subject.SubjectRef;
import org.tradeline.store.PublicationState;

/** One claim: what it is about, what it says, its evidence and source, and how it stands. */
public record ClaimDetail(long id, SubjectRef subject, String attribute, String attributeLabel, String value,
		String valueLabel, String excerpt, SourceRef source, ClaimStatus status, PublicationState state)
		implements EntityTagged {
}
