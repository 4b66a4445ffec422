package org.tradeline.ingest;

import java.time.LocalDate;

/**
 * A document to read: its plain text, the day it was published (relative dates such as "last week"
 * are resolved against it) and its language tag, {@code null} when the sender did not say.
 */
public record Document(String text, LocalDate published, String language) {

	public Document {
		if (text == null || published == null) {
			throw new IllegalArgumentException("text and publication date are required");
		}
	}

}
