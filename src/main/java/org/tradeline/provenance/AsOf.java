package org.tradeline.provenance;

import java.time.LocalDate;

import org.tradeline.provenance.source.Source;

/**
 * The timeline as the documents in print on a day told it ({@code ?asOf=2025-06-10}): only claims
 * whose source counts as in print on that day are considered. A source dated to the day counts from
 * that day; an approximate date is the earliest the text allows, so such a source counts from the
 * day after; a source without a date never counts. Read handlers take it as a parameter, resolved
 * and checked once by {@link AsOfResolver}; null means now, with every live claim.
 *
 * @param asOf the day (named like the query parameter it is bound from)
 */
public record AsOf(LocalDate asOf) {

	/** The last publication day, dated to the day, that still counts. */
	public LocalDate lastDay() {
		return this.asOf;
	}

	/** The last publication day, given approximately, that still counts. */
	public LocalDate lastApproximateDay() {
		return this.asOf.minusDays(1);
	}

	public boolean counts(Source source) {
		LocalDate from = source.inPrintFrom();
		return from != null && !from.isAfter(this.asOf);
	}

}
