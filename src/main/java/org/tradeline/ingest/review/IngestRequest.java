package org.tradeline.ingest.review;

import java.time.LocalDate;

import jakarta.validation.constraints.Pattern;
import org.tradeline.provenance.PublicationPrecision;
import org.tradeline.provenance.SourceRef;
import org.tradeline.web.Characters;

/**
 * A document to ingest: exactly one of {@code text} (plain text) and {@code html}, and what the
 * draft source records of it. publishedOn is required: relative dates ("last week") are resolved
 * against it. The lengths are the draft source's (the text's cap counts UTF-8 bytes, checked too).
 */
record IngestRequest(@Characters(max = Ingestion.MAX_BYTES) String text,
		@Characters(max = Ingestion.MAX_BYTES) String html, @Characters(max = 200) String fileName,
		@Characters(max = 300) String title, @Characters(max = 200) String outlet,
		@Characters(max = 2000) @Pattern(regexp = SourceRef.URL, message = SourceRef.URL_MESSAGE) String url,
		@Characters(max = 35) String language, LocalDate publishedOn, PublicationPrecision publishedPrecision) {
}
