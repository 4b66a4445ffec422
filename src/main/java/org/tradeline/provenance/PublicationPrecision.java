package org.tradeline.provenance;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonValue;
import org.tradeline.store.WireName;

/** How precisely a document's text fixes the day it was published. */
public enum PublicationPrecision {

	/** Published on the day given. */
	DAY,
	/**
	 * The day given is the earliest the text allows; the document may have appeared later. It counts
	 * as in print only from the day after, so that the timeline as of a date never shows it early.
	 */
	APPROXIMATE;

	@JsonValue
	public String code() {
		return WireName.of(this);
	}

	/** The first day a document published on this date, at this precision, counts as in print. */
	public LocalDate inPrintFrom(LocalDate publishedOn) {
		return (this == DAY) ? publishedOn : publishedOn.plusDays(1);
	}

}
