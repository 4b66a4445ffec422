package org.tradeline.ingest;

/**
 * One suggested claim: subject, attribute, value in the store's format and its display label, the
 * evidence as character offsets {@code [start, end)} into the document text (at most one sentence;
 * {@code excerpt} is exactly that substring), the rule that produced it and how sure the rule is.
 */
public record Suggestion(SuggestedSubject subject, String attribute, String value, String valueLabel, int start,
		int end, String excerpt, String rule, double confidence) {

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
