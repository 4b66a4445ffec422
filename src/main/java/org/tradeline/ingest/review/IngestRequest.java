package org.tradeline.ingest.review;

import java.time.LocalDate;

import org.tradeline.provenance.PublicationPrecision;

/**
 * A document to ingest: exactly one of {@code text} (plain text) and {@code html}, and what the
 * draft source records of it. publishedOn is required: relative dates ("last week") are resolved
 * against it.
 */
record IngestRequest(String text, String html, String fileName, String title, String outlet, String url,
		String language, LocalDate publishedOn, PublicationPrecision publishedPrecision) {
}
