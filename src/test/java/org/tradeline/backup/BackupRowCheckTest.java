package org.tradeline.backup;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.tradeline.problem.InvalidRequestException.Violation;

import static org.assertj.core.api.Assertions.assertThat;

/** Rules between the columns of one row, for rows no seeded store holds (a suggestion is made by an editor). */
class BackupRowCheckTest {

	private static final String SUGGESTION = """
			{"source_id": 1, "number": 1, "subject_type": "EVENT", "subject_slug": "geneva-talks", "proposal": null,
			 "proposal_title": null, "attribute": "location", "claim_value": "Geneva", "value_label": "Geneva",
			 "start_offset": %d, "end_offset": %d, "excerpt": "%s", "rule": "place", "confidence": "%s",
			 "status": "PENDING", "decided_by": null, "decided_at": null, "claim_id": null, "created_event": null}""";

	/** The columns every tracked row ends with. */
	private static final String TRACKED = """
			"version": 0, "created_at": "2025-06-09T10:15:30Z", "updated_at": "2025-06-09T10:15:30Z", "deleted_at": null""";

	private static final String HE_LIFENG = """
			{"id": 1, "slug": "he-lifeng", "name": "He Lifeng", "kind": "PERSON", "country": "CN", "title": null,
			 %s}""".formatted(TRACKED);

	@Test
	void aSuggestionsOffsetsMarkItsExcerpt() {
		assertThat(violations(suggestion(10, 19))).isEmpty();
		assertThat(violations(suggestion(10, 9))).extracting(Violation::field)
			.containsExactly("tables.ingest_suggestion[0].end_offset");
		assertThat(violations(suggestion(-1, 8))).extracting(Violation::field)
			.containsExactly("tables.ingest_suggestion[0].start_offset");
		// "in Geneva" is nine characters: a longer span is not it.
		assertThat(violations(suggestion(10, 25))).extracting(Violation::field)
			.containsExactly("tables.ingest_suggestion[0].excerpt");
	}

	// The engine's evidence is never empty, and the database refuses an empty span.
	@Test
	void aSuggestionsSpanIsNotEmpty() {
		assertThat(violations(SUGGESTION.formatted(10, 10, "", "0.9"))).extracting(Violation::message)
			.containsExactly(
					"tables.ingest_suggestion[0].end_offset must be after tables.ingest_suggestion[0].start_offset");
	}

	@Test
	void aSuggestionsConfidenceIsWhatTheEngineGives() {
		assertThat(violations(SUGGESTION.formatted(10, 19, "in Geneva", "0"))).isEmpty();
		assertThat(violations(SUGGESTION.formatted(10, 19, "in Geneva", "1.000"))).isEmpty();
		assertThat(violations(SUGGESTION.formatted(10, 19, "in Geneva", "1.5"))).extracting(Violation::message)
			.containsExactly("tables.ingest_suggestion[0].confidence must be from 0 to 1");
		assertThat(violations(SUGGESTION.formatted(10, 19, "in Geneva", "-0.1"))).extracting(Violation::field)
			.containsExactly("tables.ingest_suggestion[0].confidence");
		assertThat(violations(SUGGESTION.formatted(10, 19, "in Geneva", "0.1234"))).extracting(Violation::message)
			.containsExactly("tables.ingest_suggestion[0].confidence may have at most 3 decimal places");
	}

	// Accepting a suggestion writes its value as a claim's, so it is held to the claim's rule.
	@Test
	void aSuggestionsValueIsHeldToTheRuleOfItsAttributesType() {
		String suggestion = SUGGESTION.replace("\"location\"", "\"start-date\"").formatted(10, 19, "in Geneva", "0.9");
		assertThat(withAttributes("ingest_suggestion", suggestion.replace("\"Geneva\"", "\"2025-05-mid\"")))
			.isEmpty();
		assertThat(withAttributes("ingest_suggestion", suggestion)).extracting(Violation::field)
			.containsExactly("tables.ingest_suggestion[0].claim_value");
	}

	// Accepting it would write a claim of an attribute its subject does not have, which the API refuses.
	@Test
	void aSuggestionsAttributeIsOneOfItsSubjectTypes() {
		assertThat(violations(SUGGESTION.replace("\"EVENT\", \"subject_slug\": \"geneva-talks\"",
				"\"ACTOR\", \"subject_slug\": \"he-lifeng\"").formatted(10, 19, "in Geneva", "0.9")))
			.extracting(Violation::message)
			.containsExactly("tables.ingest_suggestion[0].attribute 'location' applies to events, not actors");
		assertThat(violations(SUGGESTION.replace("\"location\"", "\"venue\"").formatted(10, 19, "in Geneva", "0.9")))
			.extracting(Violation::message)
			.containsExactly("tables.ingest_suggestion[0].attribute is not an attribute of tables.claim_attribute");
	}

	@Test
	void aSuggestionsOffsetsLieWithinItsDocument() {
		String document = """
				{"source_id": 1, "content_type": "TEXT", "body": "Talks held in Geneva"}""";
		assertThat(violations(document, suggestion(11, 20))).isEmpty();
		assertThat(violations(document, suggestion(12, 21))).extracting(Violation::field)
			.containsExactly("tables.ingest_suggestion[0].end_offset");
	}

	// Every read of the event builds its PartialDate: a start or end off its precision would fail them all.
	@Test
	void anEventsDatesSitWhereTheirPrecisionStarts() {
		assertThat(violationsOf("event", event("2025-05-11", null, "MID_MONTH"))).isEmpty();
		assertThat(violationsOf("event", event("2025-04-01", "2025-05-01", "MONTH"))).isEmpty();
		assertThat(violationsOf("event", event("2025-04-05", null, "AROUND_DAY"))).isEmpty();
		assertThat(violationsOf("event", event("2025-04-05", null, "MID_MONTH"))).extracting(Violation::field)
			.containsExactly("tables.event[0].start_date");
		assertThat(violationsOf("event", event("2025-04-05", null, "MONTH"))).extracting(Violation::message)
			.containsExactly("tables.event[0].start_date must be the first day of its precision: "
					+ "month dates start on day 1");
		assertThat(violationsOf("event", event("2025-04-02", null, "LATE_MONTH"))).extracting(Violation::field)
			.containsExactly("tables.event[0].start_date");
		assertThat(violationsOf("event", event("2025-04-01", "2025-05-07", "EARLY_MONTH")))
			.extracting(Violation::field)
			.containsExactly("tables.event[0].end_date");
	}

	@Test
	void anEventEndsNoEarlierThanItStarts() {
		assertThat(violationsOf("event", event("2025-06-09", "2025-06-09", "DAY"))).isEmpty();
		assertThat(violationsOf("event", event("2025-06-09", "2025-06-08", "DAY"))).extracting(Violation::message)
			.containsExactly("tables.event[0].end_date must not be before tables.event[0].start_date");
	}

	@Test
	void aFiguresAmountFitsWhatTheApiStores() {
		assertThat(violationsOf("figure", figure("\"5864.6000\"", "null", "null"))).isEmpty();
		assertThat(violationsOf("figure", figure("\"-9999999999999999\"", "null", "null"))).isEmpty();
		assertThat(violationsOf("figure", figure("\"1e400\"", "null", "null"))).extracting(Violation::message)
			.containsExactly("tables.figure[0].amount must be from -9999999999999999 to 9999999999999999");
		assertThat(violationsOf("figure", figure("\"10000000000000000\"", "null", "null")))
			.extracting(Violation::field)
			.containsExactly("tables.figure[0].amount");
		assertThat(violationsOf("figure", figure("\"1.23456\"", "null", "null"))).extracting(Violation::message)
			.containsExactly("tables.figure[0].amount may have at most 4 decimal places");
	}

	@Test
	void aFiguresPeriodStartsNoLaterThanItEnds() {
		assertThat(violationsOf("figure", figure("\"1\"", "\"2025-05-01\"", "\"2025-05-31\""))).isEmpty();
		assertThat(violationsOf("figure", figure("\"1\"", "\"2025-05-01\"", "\"2025-04-30\"")))
			.extracting(Violation::field)
			.containsExactly("tables.figure[0].period_end");
		assertThat(violationsOf("figure", figure("\"1\"", "null", "\"2025-04-30\""))).extracting(Violation::field)
			.containsExactly("tables.figure[0].period_end");
	}

	// The API takes a participant only if it names an actor; the backup's actors are the ones there are.
	@Test
	void aClaimValueIsHeldToTheRuleOfItsAttributesType() {
		assertThat(claimViolations("participant", "he-lifeng")).isEmpty();
		assertThat(claimViolations("participant", "no-such-actor")).extracting(Violation::message)
			.containsExactly("tables.claim[0].claim_value must be the slug of an actor; no actor 'no-such-actor'");
		assertThat(claimViolations("start-date", "2025-05-mid")).isEmpty();
		assertThat(claimViolations("start-date", "2025-05-05-mid")).extracting(Violation::field)
			.containsExactly("tables.claim[0].claim_value");
		assertThat(claimViolations("amount", "-2.5")).isEmpty();
		assertThat(claimViolations("amount", "1e400")).extracting(Violation::field)
			.containsExactly("tables.claim[0].claim_value");
	}

	// The API refuses each of these; read back, a claim with no subject fails and one on a draft source leaks it.
	@Test
	void aClaimsAttributeAppliesToItsSubjectsType() {
		assertThat(withAttributes("claim", claim("participant", "he-lifeng", "null", "1", "null", "PUBLISHED")))
			.extracting(Violation::message)
			.containsExactly("tables.claim[0].attribute 'participant' applies to events, not actors");
	}

	@Test
	void aClaimIsAboutExactlyOneSubject() {
		assertThat(withAttributes("claim", claim("participant", "he-lifeng", "null", "null", "null", "PUBLISHED")))
			.extracting(Violation::message)
			.containsExactly(
					"tables.claim[0].event_id: a claim is about exactly one of event_id, actor_id and figure_id");
		assertThat(withAttributes("claim", claim("participant", "he-lifeng", "1", "1", "null", "PUBLISHED")))
			.extracting(Violation::field)
			.containsExactly("tables.claim[0].actor_id");
	}

	@Test
	void aPublishedClaimsSourceIsPublished() {
		String source = """
				{"id": 1, "file_name": "a.txt", "title": "A", "outlet": "O", "authors": null, "url": null,
				 "language": null, "published_on": null, "published_precision": null, "summary": "S", "sha256": "%s",
				 "state": "DRAFT", %s}"""
			.formatted("a".repeat(64), TRACKED);
		assertThat(withAttributes("source", source)).isEmpty();
		assertThat(withAttributes("source", source, "claim",
				claim("participant", "he-lifeng", "1", "null", "null", "DRAFT")))
			.isEmpty();
		assertThat(withAttributes("source", source, "claim",
				claim("participant", "he-lifeng", "1", "null", "null", "PUBLISHED")))
			.extracting(Violation::message)
			.containsExactly(
					"tables.claim[0].state cannot be published while source 1 is a draft: its claims are published with it");
	}

	// The API numbers a source's citations 1, 2, 3 ... (at most 50); reads failed on any other list.
	@Test
	void aSourcesCitationsRunFromOneWithoutGapOrRepeat() {
		assertThat(citationViolations(2, 1, 3)).isEmpty();
		assertThat(citationViolations(1, 5)).extracting(Violation::message)
			.containsExactly("tables.source_citation[1].position 5 follows a gap: source 6 has no citation at position 2"
					+ " (positions run 1, 2, 3 ...)");
		assertThat(citationViolations(0, 1)).extracting(Violation::field)
			.containsExactly("tables.source_citation[0].position");
		assertThat(citationViolations(1, 2, 2)).extracting(Violation::message)
			.containsExactly("tables.source_citation[2].position 2 is given twice for source 6");
		int[] many = IntStream.rangeClosed(1, 51).toArray();
		assertThat(citationViolations(many)).extracting(Violation::field)
			.containsExactly("tables.source_citation[50].position");
		assertThat(citationViolations(IntStream.rangeClosed(1, 50).toArray())).isEmpty();
	}

	/** The violations of citations of source 6 at these positions, once their table is read. */
	private static List<Violation> citationViolations(int... positions) {
		List<Violation> violations = new ArrayList<>();
		BackupRowCheck check = new BackupRowCheck(violations);
		BackupFormat.Table table = BackupFormat.table("source_citation").orElseThrow();
		for (int i = 0; i < positions.length; i++) {
			check.values(table, new JsonMapper().readTree("""
					{"source_id": 6, "position": %d, "name": "Outlet", "kind": "NEWS_OUTLET"}""".formatted(positions[i])),
					"tables.source_citation[" + i + "]");
		}
		check.tableRead(table);
		return violations;
	}

	/**
	 * The violations of a suggestion row, after the attribute location of events, the actor he-lifeng,
	 * the event geneva-talks and a source_document row when one is given first.
	 */
	private static List<Violation> violations(String... rows) {
		List<Violation> violations = new ArrayList<>();
		BackupRowCheck check = new BackupRowCheck(violations);
		JsonMapper json = new JsonMapper();
		check.values(BackupFormat.table("claim_attribute").orElseThrow(), json.readTree("""
				{"code": "location", "label": "Location", "subject_type": "EVENT", "value_type": "TEXT", "single_valued": true}"""),
				"tables.claim_attribute[0]");
		check.values(BackupFormat.table("actor").orElseThrow(), json.readTree(HE_LIFENG), "tables.actor[0]");
		check.values(BackupFormat.table("event").orElseThrow(),
				json.readTree(event("2025-05-11", null, "MID_MONTH").replace("\"talks\"", "\"geneva-talks\"")),
				"tables.event[0]");
		if (rows.length > 1) {
			check.values(BackupFormat.table("source_document").orElseThrow(), json.readTree(rows[0]),
					"tables.source_document[0]");
		}
		check.values(BackupFormat.table("ingest_suggestion").orElseThrow(), json.readTree(rows[rows.length - 1]),
				"tables.ingest_suggestion[0]");
		return violations;
	}

	/** The violations of one row, the first of its table, checked on its own. */
	private static List<Violation> violationsOf(String table, String row) {
		List<Violation> violations = new ArrayList<>();
		new BackupRowCheck(violations).values(BackupFormat.table(table).orElseThrow(), new JsonMapper().readTree(row),
				"tables." + table + "[0]");
		return violations;
	}

	/** The violations of a claim about event 1, after the attributes and the actor it may name. */
	private static List<Violation> claimViolations(String attribute, String value) {
		return withAttributes("claim", claim(attribute, value, "1", "null", "null", "PUBLISHED"));
	}

	/**
	 * The violations of rows given as table and row, after three attributes of events (participant,
	 * start-date, amount), the actor he-lifeng and the event geneva-talks (id 1).
	 */
	private static List<Violation> withAttributes(String... tablesAndRows) {
		List<Violation> violations = new ArrayList<>();
		BackupRowCheck check = new BackupRowCheck(violations);
		JsonMapper json = new JsonMapper();
		String[][] attributes = { { "participant", "ACTOR" }, { "start-date", "DATE" }, { "amount", "NUMBER" } };
		for (String[] a : attributes) {
			check.values(BackupFormat.table("claim_attribute").orElseThrow(), json.readTree("""
					{"code": "%s", "label": "A", "subject_type": "EVENT", "value_type": "%s", "single_valued": false}"""
				.formatted(a[0], a[1])), "tables.claim_attribute[0]");
		}
		check.values(BackupFormat.table("actor").orElseThrow(), json.readTree(HE_LIFENG), "tables.actor[0]");
		check.values(BackupFormat.table("event").orElseThrow(),
				json.readTree(event("2025-05-11", null, "MID_MONTH").replace("\"talks\"", "\"geneva-talks\"")),
				"tables.event[0]");
		assertThat(violations).isEmpty();
		for (int i = 0; i < tablesAndRows.length; i += 2) {
			check.values(BackupFormat.table(tablesAndRows[i]).orElseThrow(), json.readTree(tablesAndRows[i + 1]),
					"tables." + tablesAndRows[i] + "[0]");
		}
		return violations;
	}

	private static String claim(String attribute, String value, String event, String actor, String figure,
			String state) {
		return """
				{"id": 1, "source_id": 1, "event_id": %s, "actor_id": %s, "figure_id": %s, "attribute": "%s",
				 "claim_value": "%s", "value_label": "v", "excerpt": "e", "state": "%s", %s}"""
			.formatted(event, actor, figure, attribute, value, state, TRACKED);
	}

	private static String suggestion(int start, int end) {
		return SUGGESTION.formatted(start, end, "in Geneva", "0.9");
	}

	private static String event(String start, String end, String precision) {
		return """
				{"id": 1, "slug": "talks", "title": "Talks", "summary": "Talks", "kind": "TALKS", "start_date": "%s",
				 "end_date": %s, "date_precision": "%s", "location": null, "state": "PUBLISHED", %s}"""
			.formatted(start, (end != null) ? "\"" + end + "\"" : "null", precision, TRACKED);
	}

	private static String figure(String amount, String periodStart, String periodEnd) {
		return """
				{"id": 1, "slug": "exports", "label": "Exports", "amount": %s, "unit": "tonnes", "period_start": %s,
				 "period_end": %s, "event_id": null, %s}""".formatted(amount, periodStart, periodEnd, TRACKED);
	}

}
