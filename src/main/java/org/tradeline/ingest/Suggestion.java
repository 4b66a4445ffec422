package org.tradeline.ingest;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One suggested claim: subject, attribute, value in the store's format and its display label, the
 * evidence as character offsets {@code [start, end)} into the document text (at most one sentence;
 * {@code excerpt} is exactly that substring), the rule that produced it and how sure the rule is.
 */
public record Suggestion(SuggestedSubject subject, String attribute, String value, String valueLabel, int start,
		int end, String excerpt, String rule, double confidence) {

	/** The decimal places a confidence is stored with. */
	public static final int CONFIDENCE_SCALE = 3;

	public Suggestion {
		String problem = spanProblem(start, end, "start", "end");
		if (problem == null) {
			problem = confidenceProblem(stored(confidence), "confidence");
		}
		if (problem != null) {
			throw new IllegalArgumentException(problem);
		}
	}

	/** The confidence as it is stored. */
	public static BigDecimal stored(double confidence) {
		return BigDecimal.valueOf(confidence).setScale(CONFIDENCE_SCALE, RoundingMode.HALF_UP);
	}

	/**
	 * Why the evidence cannot be at {@code [start, end)}, as said of the fields, or null if it can:
	 * the one rule for the engine's suggestions and a backup's rows. Evidence is never empty.
	 */
	public static String spanProblem(int start, int end, String startField, String endField) {
		if (start < 0) {
			return startField + " must not be negative";
		}
		return (end <= start) ? endField + " must be after " + startField : null;
	}

	/**
	 * Why a rule cannot be this sure, as said of its field, or null if it can: from 0 (a guess) to 1
	 * (certain), to the places the store keeps; the one rule for the engine and a backup's rows.
	 */
	public static String confidenceProblem(BigDecimal confidence, String field) {
		if (confidence.signum() < 0 || confidence.compareTo(BigDecimal.ONE) > 0) {
			return field + " must be from 0 to 1";
		}
		return (confidence.stripTrailingZeros().scale() > CONFIDENCE_SCALE)
				? field + " may have at most " + CONFIDENCE_SCALE + " decimal places" : null;
	}

	/** What the claim is about: an existing event, actor or figure by slug, or a proposed new one. */
	public record SuggestedSubject(String type, String slug, String proposal, String title) {

		static SuggestedSubject existing(String type, String slug) {
			return new SuggestedSubject(type, slug, null, null);
		}

		static SuggestedSubject proposed(String type, String proposal, String title) {
			return new SuggestedSubject(type, null, proposal, title);
		}

		public boolean isProposed() {
			return this.slug == null;
		}

		/** The slug, or the proposal's key for a subject the store does not hold yet. */
		public String key() {
			return isProposed() ? this.proposal : this.slug;
		}

	}

}
