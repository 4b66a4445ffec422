package org.tradeline.backup;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

import org.tradeline.backup.BackupFormat.Table;
import org.tradeline.ingest.Suggestion;

import static org.tradeline.backup.BackupRowCheck.value;

/**
 * The rules of a suggestion the engine made: its confidence, and its span of its document's text
 * (tables.source_document, before it). Its attribute and value are a claim's ({@link ClaimRowCheck}),
 * what it names is the backup's ({@link ReferenceRowCheck}).
 */
final class SuggestionRowCheck {

	private final BiConsumer<String, String> violation;

	/** A source's document length, from tables.source_document, for the suggestions that index it. */
	private final Map<Long, Integer> documentLengths = new HashMap<>();

	/** @param violation notes what does not fit, by its path and message */
	SuggestionRowCheck(BiConsumer<String, String> violation) {
		this.violation = violation;
	}

	/** A row of tables.source_document. */
	void document(long source, String body) {
		this.documentLengths.put(source, body.length());
	}

	/** The engine's rules of a suggestion's confidence and span. */
	void suggestion(Table table, Object[] values, String path) {
		String confidence = Suggestion.confidenceProblem((BigDecimal) value(table, values, "confidence"),
				path + ".confidence");
		if (confidence != null) {
			this.violation.accept(path + ".confidence", confidence);
		}
		checkExcerpt(table, values, path);
	}

	/**
	 * A suggestion's excerpt is its document's text from start_offset to end_offset (docs/ingest.md):
	 * the span is the engine's (not empty), within the document, and as long as the excerpt.
	 */
	private void checkExcerpt(Table table, Object[] values, String path) {
		if (!(value(table, values, "start_offset") instanceof Integer start)
				|| !(value(table, values, "end_offset") instanceof Integer end)
				|| !(value(table, values, "excerpt") instanceof String excerpt) || start < 0) {
			return; // a negative offset is noted with the other negative integers
		}
		Integer length = this.documentLengths.get(values[0]);
		String span = Suggestion.spanProblem(start, end, path + ".start_offset", path + ".end_offset");
		if (span != null) {
			this.violation.accept(path + ".end_offset", span);
		}
		else if (length != null && end > length) {
			this.violation.accept(path + ".end_offset",
					path + ".end_offset must not be past the end of its document (" + length + " characters)");
		}
		else if (excerpt.length() != end - start) {
			this.violation.accept(path + ".excerpt", path + ".excerpt must be the document's text from start_offset "
					+ "to end_offset (" + (end - start) + " characters, not " + excerpt.length() + ")");
		}
	}

}
