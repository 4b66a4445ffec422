package org.tradeline.ingest.review;

import java.time.LocalDate;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.tradeline.provenance.PublicationPrecision;
import org.tradeline.provenance.SourceRef;

/**
 * A document to ingest: exactly one of {@code text} (plain text) and {@code html}, and what the
 * draft source records of it. publishedOn is required: relative dates ("last week") are resolved
 * against it. The lengths are the draft source's (the text's cap counts UTF-8 bytes, checked too).
 */
record IngestRequest(@Size(max = Ingestion.MAX_BYTES) String text, @Size(max = Ingestion.MAX_BYTES) String html,
		@Size(max = 200) String fileName, @Size(max = 300) String title, @Size(max = 200) String outlet,
		@Size(max = 2000) @Pattern(regexp = SourceRef.URL, message = SourceRef.URL_MESSAGE) String url,
		@Size(max = 35) String language, LocalDate publishedOn, PublicationPrecision publishedPrecision) {
}
