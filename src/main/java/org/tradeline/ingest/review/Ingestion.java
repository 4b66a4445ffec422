package org.tradeline.ingest.review;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tradeline.calendar.IsoDate;
import org.tradeline.ingest.Document;
import org.tradeline.ingest.Suggestion;
import org.tradeline.ingest.SuggestionEngine;
import org.tradeline.ingest.Suggestions;
import org.tradeline.problem.InvalidRequestException;
import org.tradeline.provenance.intake.SourceIntake;
import org.tradeline.web.Text;
import org.tradeline.web.Writes.Violations;

/**
 * Ingests one document in one transaction: checks it, reads it with the suggestion engine (before
 * anything is stored, so a refused document leaves nothing behind), stores a draft source with the
 * digest of the bytes sent, its plain text and every suggestion, and answers with their previews.
 */
@Service
class Ingestion {

	/** The largest document accepted, in UTF-8 bytes of the text or HTML sent (200 KB). */
	static final int MAX_BYTES = 200 * 1024;

	/**
	 * The longest run of word characters (letters, digits, hyphens, apostrophes) read. Prose has no
	 * longer words: such a run is not a document the rules can read, whatever it is.
	 */
	static final int MAX_WORD = 500;

	private final SuggestionEngine engine = new SuggestionEngine();

	private final KnownStore known;

	private final SourceIntake intake;

	private final SuggestionStore store;

	private final Review review;

	Ingestion(KnownStore known, SourceIntake intake, SuggestionStore store, Review review) {
		this.known = known;
		this.intake = intake;
		this.store = store;
		this.review = review;
	}

	/** What an ingest stored: the source's id (for Location) and the answer. */
	record Ingested(long sourceId, IngestAnswer answer) {
	}

	@Transactional
	Ingested ingest(IngestRequest request) {
		boolean html = request.html() != null;
		String sent = html ? request.html() : request.text();
		Violations violations = new Violations();
		String field = html ? "html" : "text";
		if ((request.text() == null) == (request.html() == null)) {
			violations.add("text", "Give exactly one of text (plain text) and html");
		}
		else if (sent.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			violations.add(field, field + " is over the cap of " + MAX_BYTES + " bytes (200 KB) of UTF-8");
		}
		else if (!Text.isAllowed(sent)) {
			violations.add(field, field + " contains " + Text.FORBIDDEN);
		}
		if (request.publishedOn() == null) {
			violations.add("publishedOn", "publishedOn is required: relative dates are resolved against it");
		}
		else if (IsoDate.isFuture(request.publishedOn())) {
			violations.add("publishedOn", "publishedOn " + request.publishedOn() + " is in the future");
		}
		if (request.fileName() == null || request.fileName().isBlank()) {
			violations.add("fileName", "fileName is required: it names the document");
		}
		violations.throwIfAny();
		String text = html ? DocumentText.ofHtml(sent) : sent;
		if (text.isBlank()) {
			throw new InvalidRequestException(field,
					html ? "html holds no text once its markup is removed" : "text must not be empty");
		}
		int word = longestWord(text);
		if (word > MAX_WORD) {
			throw new InvalidRequestException(field, field + " holds a run of " + word
					+ " characters without a space or punctuation; the rules read prose, whose words are at most "
					+ MAX_WORD);
		}
		Suggestions suggestions = this.engine.suggest(new Document(text, request.publishedOn(), request.language()),
				this.known.current());
		if (!suggestions.supported()) {
			throw new InvalidRequestException("language", suggestions.unsupportedReason());
		}
		SourceIntake.DraftSource source = this.intake.createDraft(new SourceIntake.Draft(request.fileName(), request.title(),
				request.outlet(), request.url(), request.language(), request.publishedOn(),
				request.publishedPrecision(), summary(request, suggestions.items().size()), Text.sha256(sent)));
		this.store.saveDocument(source.id(), html ? "HTML" : "TEXT", text);
		List<Suggestion> items = suggestions.items();
		this.store.saveAll(source.id(), items);
		List<SuggestionView> views = this.review.views(source.id(),
				this.store.page(source.id(), null, Math.max(1, items.size()), 0));
		return new Ingested(source.id(), new IngestAnswer(source.representation(),
				new IngestAnswer.DocumentView(html ? "html" : "text", text.length(), text),
				new IngestAnswer.LanguageSupport(suggestions.language(), true), views));
	}

	// A source needs a summary; an editor replaces this one before publishing.
	private static String summary(IngestRequest request, int suggestions) {
		String what = (request.title() != null && !request.title().isBlank()) ? request.title().strip()
				: request.fileName();
		String summary = "Ingested document " + what + " (" + suggestions + " suggested claims)";
		return Text.truncate(summary, 2000);
	}

	private static int longestWord(String text) {
		int longest = 0;
		int run = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			run = (Character.isLetterOrDigit(c) || c == '-' || c == '\'' || c == '\u2019') ? run + 1 : 0;
			longest = Math.max(longest, run);
		}
		return longest;
	}


}
