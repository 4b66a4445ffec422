package org.tradeline.provenance;

/** One claim: what it is about, what it says, its evidence and source, and how it stands. */
public record ClaimDetail(long id, SubjectRef subject, String attribute, String attributeLabel, String value,
		String valueLabel, String excerpt, SourceRef source, ClaimStatus status) {
}
