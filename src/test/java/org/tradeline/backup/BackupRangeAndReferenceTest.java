package org.tradeline.backup;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.tradeline.problem.InvalidRequestException.Violation;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ranges of a backup's ids, counts and instants, and what its rows may refer to: what the API
 * leaves behind is taken (a deleted actor in a deleted event, a deleted claim of a deleted source, a
 * token expiring in the year 9999), and what it never could is refused by row and column.
 */
class BackupRangeAndReferenceTest {

	private static final String LIVE = "null";

	private static final String DELETED = "\"2026-01-02T00:00:00Z\"";

	@Test
	void aLiveEventsParticipantIsALiveActor() {
		assertThat(check(actor(7, DELETED), event(3, DELETED), participant(3, 7))).isEmpty();
		assertThat(check(actor(7, LIVE), event(3, LIVE), participant(3, 7))).isEmpty();
		assertThat(check(actor(7, DELETED), event(3, LIVE), participant(3, 7))).extracting(Violation::message)
			.containsExactly("tables.event_participant[0].actor_id is actor 'he-lifeng', which is deleted, while "
					+ "event 3 it takes part in is not: the API deletes no actor taking part in a live event");
	}

	// A claim is deleted with its source or subject, and comes back only with them.
	@Test
	void aLiveClaimsSourceAndSubjectAreLive() {
		assertThat(check(source(1, DELETED), event(3, LIVE), claim(3, DELETED))).isEmpty();
		assertThat(check(source(1, LIVE), event(3, DELETED), claim(3, DELETED))).isEmpty();
		assertThat(check(source(1, DELETED), event(3, LIVE), claim(3, LIVE))).extracting(Violation::message)
			.containsExactly("tables.claim[0].source_id is source 1, which is deleted, while the claim is not: "
					+ "the API deletes a claim with its source");
		assertThat(check(source(1, LIVE), event(3, DELETED), claim(3, LIVE))).extracting(Violation::field)
			.containsExactly("tables.claim[0].event_id");
	}

	// A claim keeps the actor it named when that actor is deleted later (docs/backup-format.md).
	@Test
	void aLiveClaimMayNameADeletedActor() {
		assertThat(check(actor(7, DELETED), source(1, LIVE), event(3, LIVE),
				claim(3, LIVE).replace("\"location\"", "\"participant\"").replace("\"London\"", "\"he-lifeng\"")))
			.isEmpty();
	}

	@Test
	void aSuggestionNamesARowOfTheBackupDeletedOrNot() {
		String suggestion = """
				"ingest_suggestion" {"source_id": 1, "number": 1, "subject_type": "EVENT", "subject_slug": "talks",
				 "proposal": null, "proposal_title": null, "attribute": "location", "claim_value": "London", "value_label": "London",
				 "start_offset": 0, "end_offset": 6, "excerpt": "London", "rule": "place", "confidence": "0.9",
				 "status": "ACCEPTED", "decided_by": "newsdesk", "decided_at": "2026-01-01T00:00:00Z", "claim_id": null,
				 "created_event": "talks"}""";
		assertThat(check(event(3, DELETED), suggestion)).isEmpty();
		assertThat(check(event(3, LIVE), suggestion.replace("\"subject_slug\": \"talks\"", "\"subject_slug\": \"other\"")))
			.extracting(Violation::message)
			.containsExactly("tables.ingest_suggestion[0].subject_slug is not the slug of a row of tables.event");
		assertThat(check(event(3, LIVE), suggestion.replace("\"created_event\": \"talks\"", "\"created_event\": \"other\"")))
			.extracting(Violation::field)
			.containsExactly("tables.ingest_suggestion[0].created_event");
	}

	// 2^53 - 1 is the largest integer a JavaScript client reads exactly.
	@Test
	void idsAndCountsFitAJsonNumber() {
		assertThat(check(actor(9_007_199_254_740_991L, LIVE))).isEmpty();
		assertThat(check(actor(9_007_199_254_740_992L, LIVE))).extracting(Violation::message)
			.containsExactly("tables.actor[0].id must be a positive id of at most 9007199254740991");
		assertThat(check(actor(7, LIVE).replace("\"version\": 0", "\"version\": 9007199254740991"))).isEmpty();
		assertThat(check(actor(7, LIVE).replace("\"version\": 0", "\"version\": -1"))).extracting(Violation::message)
			.containsExactly("tables.actor[0].version must be from 0 to 9007199254740991");
		assertThat(check(storeChange("0"))).isEmpty();
		assertThat(check(storeChange("9007199254740992"))).extracting(Violation::field)
			.containsExactly("tables.store_change[0].revision");
	}

	// As a stored day, and (but for a token's expiry, which the API takes up to the year 9999) so that a
	// sync link carries it in RFC 3339.
	@Test
	void instantsLieWhereStoredDaysDo() {
		assertThat(check(actor(7, "\"1600-01-01T00:00:00Z\""))).isEmpty();
		assertThat(check(actor(7, "\"2999-12-31T23:59:59.999999Z\""))).isEmpty();
		assertThat(check(actor(7, "\"3000-01-01T00:00:00Z\""))).extracting(Violation::message)
			.containsExactly("tables.actor[0].deleted_at must be an ISO-8601 instant from 1600-01-01T00:00:00Z to "
					+ "2999-12-31T23:59:59.999999Z");
		assertThat(check(actor(7, "\"1599-12-31T23:59:59Z\""))).extracting(Violation::field)
			.containsExactly("tables.actor[0].deleted_at");
		assertThat(check(token("\"9999-12-31T23:59:59Z\""))).isEmpty();
		assertThat(check(token("\"+10000-01-01T00:00:00Z\""))).extracting(Violation::message)
			.containsExactly("tables.api_token[0].expires_at must be an ISO-8601 instant from 1600-01-01T00:00:00Z to "
					+ "9999-12-31T23:59:59Z");
	}

	// created_at is stamped by the database's clock and updated_at by the service's, in one write.
	@Test
	void aRowChangesNoEarlierThanItWasMadeBeyondTheClocksSkew() {
		String actor = actor(7, LIVE).replace("\"updated_at\": \"2026-01-01T00:00:00Z\"",
				"\"updated_at\": \"%s\"");
		assertThat(check(actor.formatted("2025-12-31T23:59:30Z"))).isEmpty();
		assertThat(check(actor.formatted("2025-12-31T23:58:59Z"))).extracting(Violation::message)
			.containsExactly("tables.actor[0].updated_at must not be before created_at");
	}

	/** The violations of rows, each the first of its table (named by its first key), after one attribute. */
	private static List<Violation> check(String... rows) {
		List<Violation> violations = new ArrayList<>();
		BackupRowCheck check = new BackupRowCheck(violations);
		JsonMapper json = new JsonMapper();
		check.values(BackupFormat.table("claim_attribute").orElseThrow(), json.readTree("""
				{"code": "location", "label": "L", "subject_type": "EVENT", "value_type": "TEXT", "single_valued": true}"""),
				"tables.claim_attribute[0]");
		check.values(BackupFormat.table("claim_attribute").orElseThrow(), json.readTree("""
				{"code": "participant", "label": "P", "subject_type": "EVENT", "value_type": "ACTOR", "single_valued": false}"""),
				"tables.claim_attribute[1]");
		for (String row : rows) {
			String table = row.substring(row.indexOf('"') + 1, row.indexOf('"', row.indexOf('"') + 1));
			check.values(BackupFormat.table(table).orElseThrow(), json.readTree(row.substring(row.indexOf('{'))),
					"tables." + table + "[0]");
		}
		return violations;
	}

	/** The columns every tracked row ends with, deleted at deletedAt (JSON). */
	private static String tracked(String deletedAt) {
		return """
				"version": 0, "created_at": "2026-01-01T00:00:00Z", "updated_at": "2026-01-01T00:00:00Z",
				 "deleted_at": %s}""".formatted(deletedAt);
	}

	private static String actor(long id, String deletedAt) {
		return """
				"actor" {"id": %d, "slug": "he-lifeng", "name": "He Lifeng", "kind": "PERSON", "country": "CN",
				 "title": null, """.formatted(id) + tracked(deletedAt);
	}

	private static String event(long id, String deletedAt) {
		return """
				"event" {"id": %d, "slug": "talks", "title": "Talks", "summary": "Talks", "kind": "TALKS",
				 "start_date": "2025-06-09", "end_date": null, "date_precision": "DAY", "location": null,
				 "state": "PUBLISHED", """.formatted(id) + tracked(deletedAt);
	}

	private static String source(long id, String deletedAt) {
		return """
				"source" {"id": %d, "file_name": "a.txt", "title": "A", "outlet": "O", "authors": null, "url": null,
				 "language": null, "published_on": null, "published_precision": null, "summary": "S", "sha256": "%s",
				 "state": "PUBLISHED", """.formatted(id, "a".repeat(64)) + tracked(deletedAt);
	}

	private static String participant(long event, long actor) {
		return """
				"event_participant" {"id": 1, "event_id": %d, "actor_id": %d, "role": "Host", "side": "CHINA"}"""
			.formatted(event, actor);
	}

	private static String claim(long event, String deletedAt) {
		return """
				"claim" {"id": 1, "source_id": 1, "event_id": %d, "actor_id": null, "figure_id": null,
				 "attribute": "location", "claim_value": "London", "value_label": "London", "excerpt": "in London",
				 "state": "PUBLISHED", """.formatted(event) + tracked(deletedAt);
	}

	private static String storeChange(String revision) {
		return """
				"store_change" {"id": 1, "revision": %s, "changed_at": "2026-01-01T00:00:00Z",
				 "public_changed_at": null, "previous_public_changed_at": null}""".formatted(revision);
	}

	private static String token(String expiresAt) {
		return """
				"api_token" {"id": 1, "name": "newsdesk", "role": "EDITOR", "created_by": "bootstrap-admin",
				 "created_at": "2026-01-01T00:00:00Z", "expires_at": %s, "revoked_at": null}""".formatted(expiresAt);
	}

}
