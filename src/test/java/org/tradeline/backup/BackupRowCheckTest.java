package org.tradeline.backup;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.tradeline.problem.InvalidRequestException.Violation;

import static org.assertj.core.api.Assertions.assertThat;

/** Rules between the columns of one row, for rows no seeded store holds (a suggestion is made by an editor). */
class BackupRowCheckTest {

	private static final String SUGGESTION = """
			{"source_id": 1, "number": 1, "subject_type": "EVENT", "subject_slug": "geneva-talks", "proposal": null,
			 "proposal_title": null, "attribute": "location", "claim_value": "Geneva", "value_label": "Geneva",
			 "start_offset": %d, "end_offset": %d, "excerpt": "in Geneva", "rule": "place", "confidence": "0.9",
			 "status": "PENDING", "decided_by": null, "decided_at": null, "claim_id": null, "created_event": null}""";

	@Test
	void aSuggestionsOffsetsMarkItsExcerpt() {
		assertThat(violations(SUGGESTION.formatted(10, 19))).isEmpty();
		assertThat(violations(SUGGESTION.formatted(10, 9))).extracting(Violation::field)
			.containsExactly("tables.ingest_suggestion[0].end_offset");
		assertThat(violations(SUGGESTION.formatted(-1, 8))).extracting(Violation::field)
			.containsExactly("tables.ingest_suggestion[0].start_offset");
		// "in Geneva" is nine characters: an empty or a longer span is not it.
		assertThat(violations(SUGGESTION.formatted(10, 10))).extracting(Violation::field)
			.containsExactly("tables.ingest_suggestion[0].excerpt");
		assertThat(violations(SUGGESTION.formatted(10, 25))).extracting(Violation::field)
			.containsExactly("tables.ingest_suggestion[0].excerpt");
	}

	@Test
	void aSuggestionsOffsetsLieWithinItsDocument() {
		String document = """
				{"source_id": 1, "content_type": "TEXT", "body": "Talks held in Geneva"}""";
		assertThat(violations(document, SUGGESTION.formatted(11, 20))).isEmpty();
		assertThat(violations(document, SUGGESTION.formatted(12, 21))).extracting(Violation::field)
			.containsExactly("tables.ingest_suggestion[0].end_offset");
	}

	/** The violations of a suggestion row, after a source_document row when one is given first. */
	private static List<Violation> violations(String... rows) {
		List<Violation> violations = new ArrayList<>();
		BackupRowCheck check = new BackupRowCheck(violations);
		JsonMapper json = new JsonMapper();
		if (rows.length > 1) {
			check.values(BackupFormat.table("source_document").orElseThrow(), json.readTree(rows[0]),
					"tables.source_document[0]");
		}
		check.values(BackupFormat.table("ingest_suggestion").orElseThrow(), json.readTree(rows[rows.length - 1]),
				"tables.ingest_suggestion[0]");
		return violations;
	}

}
