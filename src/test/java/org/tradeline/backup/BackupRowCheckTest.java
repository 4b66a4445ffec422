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
			 "start_offset": 10, "end_offset": %d, "excerpt": "in Geneva", "rule": "place", "confidence": "0.9",
			 "status": "PENDING", "decided_by": null, "decided_at": null, "claim_id": null, "created_event": null}""";

	@Test
	void aSuggestionsExcerptEndsAtOrAfterItsStart() {
		assertThat(violations(SUGGESTION.formatted(19))).isEmpty();
		assertThat(violations(SUGGESTION.formatted(10))).isEmpty();
		assertThat(violations(SUGGESTION.formatted(9))).extracting(Violation::field)
			.containsExactly("tables.ingest_suggestion[0].end_offset");
	}

	private static List<Violation> violations(String row) {
		List<Violation> violations = new ArrayList<>();
		new BackupRowCheck(violations).values(BackupFormat.table("ingest_suggestion").orElseThrow(),
				new JsonMapper().readTree(row), "tables.ingest_suggestion[0]");
		return violations;
	}

}
