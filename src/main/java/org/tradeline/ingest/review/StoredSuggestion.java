package org.tradeline.ingest.review;

import java.time.Instant;

/**
 * A suggestion as stored with its source: the engine's reading and the editor's decision.
 * @param status PENDING, ACCEPTED or REJECTED
 * @param createdEvent the slug of the draft event accepting a proposal created, if it did
 */
record StoredSuggestion(int number, String subjectType, String subjectSlug, String proposal, String proposalTitle,
		String attribute, String value, String valueLabel, int start, int end, String excerpt, String rule,
		double confidence, String status, String decidedBy, Instant decidedAt, Long claimId, String createdEvent) {

	boolean isProposed() {
		return this.subjectSlug == null;
	}

}
