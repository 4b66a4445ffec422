package org.tradeline.ingest.rules;

import org.tradeline.calendar.PartialDate;

/**
 * A date the text gives, as offsets into the document, with its resolved reading. {@code date} is
 * null for a reading no partial date can hold without widening it (a week: "last week"); then only
 * {@code reading} says what the text means.
 */
public record DateMention(int start, int end, PartialDate date, String label, String reading, String rule,
		boolean relative) {

	/** Value label in the seed's style: the words of the text, plus the resolved date when relative. */
	public String valueLabel() {
		return this.relative ? this.label + " (" + this.reading + ")" : this.label;
	}

}
