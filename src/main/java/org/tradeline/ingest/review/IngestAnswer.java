package org.tradeline.ingest.review;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What ingesting a document stored: the draft source, the plain text the suggestions' offsets index,
 * whether the rules read the document's language, and every suggestion with its preview.
 */
record IngestAnswer(@Schema(ref = "#/components/schemas/SourceDetail") Object source, DocumentView document, LanguageSupport language,
		List<SuggestionView> suggestions) {

	/** @param contentType text or html: what was sent; text is what it became */
	record DocumentView(String contentType, int length, String text) {
	}

	record LanguageSupport(String language, boolean supported) {
	}

}
