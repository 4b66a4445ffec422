package org.tradeline.ingest.review;

import java.time.Instant;
import java.util.Locale;

import org.tradeline.provenance.intake.SourceIntake.Preview;

/**
 * One stored suggestion as the API shows it: the evidence is {@code [start, end)} of the source's
 * plain text ({@code excerpt} is exactly that substring), the preview is against the published claims
 * as of the read, and decided ones say who decided, when, and which claim accepting made.
 */
record SuggestionView(int number, SuggestionSubject subject, String attribute, String value, String valueLabel, int start,
		int end, String excerpt, String rule, double confidence, String status, String decidedBy, Instant decidedAt,
		Long claim, Preview preview) {

	/**
	 * A stored subject ({@code slug}), or a proposed new event ({@code proposal}, {@code title}); once
	 * accepting a proposal created a draft event, {@code slug} names it.
	 */
	record SuggestionSubject(String type, String slug, String proposal, String title) {
	}

	static SuggestionView of(StoredSuggestion s, Preview preview) {
		String slug = (s.subjectSlug() != null) ? s.subjectSlug() : s.createdEvent();
		return new SuggestionView(s.number(),
				new SuggestionSubject(s.subjectType().toLowerCase(Locale.ROOT), slug, s.proposal(), s.proposalTitle()),
				s.attribute(), s.value(), s.valueLabel(), s.start(), s.end(), s.excerpt(), s.rule(), s.confidence(),
				s.status().toLowerCase(Locale.ROOT), s.decidedBy(), s.decidedAt(), s.claimId(), preview);
	}

}
