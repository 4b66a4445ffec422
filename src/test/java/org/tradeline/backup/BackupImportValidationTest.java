package org.tradeline.backup;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.tradeline.support.ApiTest;
import org.tradeline.support.Editors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A backup is input like any request body: its rows are held to the rules the API holds writes to
 * (slug shape, text characters, lengths, vocabularies, id ranges), and what the database refuses is
 * reported by row, without constraint names, schema names or SQL. The store stays fresh after every
 * refusal (nothing is written), so each case imports into it again, and the unmodified backup last.
 */
@ApiTest
@TestPropertySource(properties = "tradeline.test.context=backup-import")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BackupImportValidationTest {

	/** What a refusal must not carry: database internals. */
	static final List<Pattern> LEAKS = Stream
		.of("(?i)constraint", "(?i)\\bsql\\b", "(?i)insert into", "(?i)violat", "(?i)public\\.", "(?i)exception",
				"(?i)jdbc", "(?i)postgres", "(?i)\\bh2\\b", "(?i)_key\\b", "(?i)_pkey", "(?i)\\bcheck\\b", "(?i)\\bunique\\b",
				"(?i)\\bvalues\\s*\\(")
		.map(Pattern::compile)
		.toList();

	@Autowired
	MockMvc mvc;

	String backup;

	record Case(String name, String field, String from, String to) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	static Stream<Case> cases() {
		return Stream.of(
				// A slug with a line break would start a new property in every calendar subscriber's feed.
				new Case("CR LF in an event slug", "tables.event[*].slug", "\"slug\":\"london-talks\"",
						"\"slug\":\"london-talks\\r\\nATTENDEE:mailto:x@example.com\""),
				new Case("CR LF in a topic slug", "tables.topic[*].slug", "\"slug\":\"rare-earths\"",
						"\"slug\":\"rare-earths\\nX\""),
				new Case("upper case in an actor slug", "tables.actor[*].slug", "\"slug\":\"he-lifeng\"",
						"\"slug\":\"He-Lifeng\""),
				new Case("50,000-character slug", "tables.actor[*].slug", "\"slug\":\"he-lifeng\"",
						"\"slug\":\"a" + "-a".repeat(25_000) + "\""),
				new Case("U+FFFE in a title", "tables.event[*].title", "\"slug\":\"london-talks\",\"title\":\"",
						"\"slug\":\"london-talks\",\"title\":\"\\ufffe"),
				new Case("control character in a summary", "tables.event[*].summary",
						"\"slug\":\"london-talks\",\"title\":\"([^\"]*)\",\"summary\":\"",
						"\"slug\":\"london-talks\",\"title\":\"$1\",\"summary\":\"\\u0007"),
				new Case("title over 200 characters", "tables.event[*].title",
						"\"slug\":\"london-talks\",\"title\":\"", "\"slug\":\"london-talks\",\"title\":\"" + "t".repeat(201)),
				new Case("negative event id", "tables.event[*].id", "\\{\"id\":(\\d+),\"slug\":\"london-talks\"",
						"{\"id\":-$1,\"slug\":\"london-talks\""),
				new Case("event id 0", "tables.event[*].id", "\\{\"id\":(\\d+),\"slug\":\"london-talks\"",
						"{\"id\":0,\"slug\":\"london-talks\""),
				new Case("unknown event kind", "tables.event[*].kind",
						"(\"slug\":\"london-talks\",\"title\":\"[^\"]*\",\"summary\":\"[^\"]*\",\"kind\":\")[A-Z_]+\"",
						"$1PARTY\""),
				new Case("unknown actor kind", "tables.actor[*].kind",
						"(\"slug\":\"he-lifeng\",\"name\":\"[^\"]*\",\"kind\":\")[A-Z_]+\"", "$1ALIEN\""),
				new Case("country not an ISO code", "tables.actor[*].country",
						"(\"slug\":\"he-lifeng\",\"name\":\"[^\"]*\",\"kind\":\"[A-Z_]+\",\"country\":\")[A-Z]+\"",
						"$1China\""),
				// The drivers carry days before 1583 through the Julian calendar: stored, it would be another day.
				new Case("event day before 1600", "tables.event[*].start_date",
						"(?<head>\"slug\":\"london-talks\",[^{}]*?\"start_date\":\")[0-9-]+\"", "${head}1582-10-10\""),
				new Case("publication in a five-digit year", "tables.source[*].published_on",
						"(?<head>\"published_on\":\")[0-9-]+\"", "${head}+10000-01-01\""),
				// Last-Modified of answers without a token: every public change is a change of the store.
				new Case("public change after the store's last", "tables.store_change[*].public_changed_at",
						"(?<head>\"public_changed_at\":\")[^\"]+\"", "${head}2999-01-01T00:00:00Z\""),
				// A revision's changes are read back by every read of the history: they must parse as one.
				new Case("revision changes that are not JSON", "tables.event_revision[*].changes", "\"changes\":\"",
						"\"changes\":\"not JSON "),
				new Case("revision changes that are not a revision", "tables.source_revision[*].changes",
						"(?<head>\"source_id\":\\d+,\"number\":\\d+,\"action\":\"[^\"]*\",\"author\":\"[^\"]*\","
								+ "\"changed_at\":\"[^\"]*\",\"changes\":)\"" + TEXT + "\"",
						"${head}\"[1, 2]\""),
				// Each of these was imported, and then every read of the event (lists, exports, the
				// embedded timeline) failed on it.
				new Case("mid-month event starting on day 5", "tables.event[*].start_date", eventDate("london-talks"),
						"${head}2025-04-05${mid}MID_MONTH\""),
				new Case("month event starting on day 5", "tables.event[*].start_date", eventDate("london-talks"),
						"${head}2025-04-05${mid}MONTH\""),
				new Case("late-month event starting on day 2", "tables.event[*].start_date", eventDate("geneva-talks"),
						"${head}2025-04-02${mid}LATE_MONTH\""),
				new Case("early-month event ending on day 5", "tables.event[*].end_date",
						"(?<head>\"slug\":\"london-talks\",[^{}]*?\"start_date\":\")[0-9-]+\",\"end_date\":\"[0-9-]+\","
								+ "\"date_precision\":\"[A-Z_]+\"",
						"${head}2025-06-01\",\"end_date\":\"2025-07-05\",\"date_precision\":\"EARLY_MONTH\""),
				new Case("event ending before it starts", "tables.event[*].end_date",
						"(?<head>\"slug\":\"london-talks\",[^{}]*?\"start_date\":\")[0-9-]+\",\"end_date\":\"[0-9-]+\","
								+ "\"date_precision\":\"[A-Z_]+\"",
						"${head}2025-06-09\",\"end_date\":\"2025-06-08\",\"date_precision\":\"DAY\""),
				// The API takes a participant only by the slug of an actor.
				new Case("participant naming no actor", "tables.claim[*].claim_value",
						"\"attribute\":\"participant\",\"claim_value\":\"chinese-government\"",
						"\"attribute\":\"participant\",\"claim_value\":\"no-such-actor\""),
				new Case("figure amount past its column", "tables.figure[*].amount", figureAmount(), "${head}1e400\""),
				new Case("figure amount to five places", "tables.figure[*].amount", figureAmount(),
						"${head}5864.60001\""),
				new Case("figure period ending before it starts", "tables.figure[*].period_end",
						"(?<head>\"slug\":\"rare-earth-exports-2025-05\",[^{}]*?\"period_end\":\")[0-9-]+\"",
						"${head}2025-04-30\""),
				// The API refuses a claim whose attribute is another subject type's, and one not about one subject.
				new Case("participant claimed of an actor", "tables.claim[*].attribute", CLAIM_ON_EVENT
						+ "(?=,\"attribute\":\"participant\")", "\"event_id\":null,\"actor_id\":1,\"figure_id\":null"),
				new Case("claim about nothing", "tables.claim[*].event_id", CLAIM_ON_EVENT,
						"\"event_id\":null,\"actor_id\":null,\"figure_id\":null"),
				new Case("claim about an event and an actor", "tables.claim[*].actor_id", CLAIM_ON_EVENT,
						"\"event_id\":$1,\"actor_id\":1,\"figure_id\":null"),
				// Imported, its claims showed to the public citing the draft, which itself is not found.
				new Case("published claims of a draft source", "tables.claim[*].state",
						"(?<head>\\{\"id\":\\d+,\"file_name\":[^{}]*?\"state\":\")PUBLISHED\"", "${head}DRAFT\""),
				new Case("suggestion confidence past 1", "tables.ingest_suggestion[*].confidence", NO_SUGGESTIONS,
						suggestion(0, 6, "London", "location", "London", "1.5")),
				new Case("suggestion with an empty span", "tables.ingest_suggestion[*].end_offset", NO_SUGGESTIONS,
						suggestion(4, 4, "", "location", "London", "0.9")),
				new Case("suggested date that is not one", "tables.ingest_suggestion[*].claim_value", NO_SUGGESTIONS,
						suggestion(0, 4, "soon", "start-date", "soon", "0.9")),
				// Accepting it would write a claim the API refuses, as the import refuses such a claim row.
				new Case("suggested attribute of another subject type", "tables.ingest_suggestion[*].attribute",
						NO_SUGGESTIONS, suggestion(0, 6, "London", "title", "London", "0.9")),
				new Case("suggested attribute no subject type has", "tables.ingest_suggestion[*].attribute",
						NO_SUGGESTIONS, suggestion(0, 6, "London", "venue", "London", "0.9")),
				// The API's request fields refuse these (not blank, at most so long), and an import of one
				// left an editor's unrelated change refused over a field they had not sent.
				new Case("blank event title", "tables.event[*].title", "\"slug\":\"london-talks\",\"title\":\"[^\"]*\"",
						"\"slug\":\"london-talks\",\"title\":\"\""),
				new Case("white-space event summary", "tables.event[*].summary",
						"(?<head>\"slug\":\"london-talks\",\"title\":\"[^\"]*\",\"summary\":\")" + TEXT + "\"",
						"${head} \\t \""),
				new Case("blank event location", "tables.event[*].location",
						"(?<head>\"slug\":\"london-talks\",[^{}]*?\"location\":)(?:null|\"[^\"]*\")", "${head}\"\""),
				new Case("blank participant role", "tables.event_participant[*].role",
						"(?<head>\"actor_id\":\\d+,\"role\":\")[^\"]*\"", "${head} \""),
				new Case("blank actor name", "tables.actor[*].name", "\"slug\":\"he-lifeng\",\"name\":\"[^\"]*\"",
						"\"slug\":\"he-lifeng\",\"name\":\" \""),
				new Case("blank actor title", "tables.actor[*].title",
						"(?<head>\"slug\":\"he-lifeng\",[^{}]*?\"title\":)\"[^\"]*\"", "${head}\"\""),
				new Case("blank topic name", "tables.topic[*].name", "\"slug\":\"rare-earths\",\"name\":\"[^\"]*\"",
						"\"slug\":\"rare-earths\",\"name\":\"\""),
				new Case("blank citation name", "tables.source_citation[*].name",
						"(?<head>\"source_id\":\\d+,\"position\":\\d+,\"name\":\")[^\"]*\"", "${head}\""),
				new Case("blank figure label", "tables.figure[*].label",
						"(?<head>\"slug\":\"rare-earth-exports-2025-05\",\"label\":\")[^\"]*\"", "${head}\""),
				new Case("blank figure unit", "tables.figure[*].unit",
						"(?<head>\"slug\":\"rare-earth-exports-2025-05\",[^{}]*?\"unit\":\")[^\"]*\"", "${head} \""),
				new Case("blank claim value label", "tables.claim[*].value_label",
						"(?<head>\"claim_value\":\"" + TEXT + "\",\"value_label\":\")" + TEXT + "\"", "${head}\""),
				new Case("white-space location claimed", "tables.claim[*].claim_value",
						"(?<head>\"attribute\":\"location\",\"claim_value\":\")" + TEXT + "\"", "${head}  \""),
				new Case("claim excerpt of 400 characters", "tables.claim[*].excerpt",
						"(?<head>\"value_label\":\"" + TEXT + "\",\"excerpt\":\")" + TEXT + "\"",
						"${head}" + "x".repeat(400) + "\""),
				new Case("blank source summary", "tables.source[*].summary",
						"(?<head>\"published_precision\":(?:null|\"[A-Z]+\"),\"summary\":\")" + TEXT + "\"", "${head}\""),
				// A source's citations are the list 1, 2, 3 ...: a gap, a 0 or a position twice was
				// imported, and then every read of the source failed on it.
				new Case("citation after a gap", "tables.source_citation[*].position",
						"\"source_id\":(\\d+),\"position\":3,", "\"source_id\":$1,\"position\":40,"),
				new Case("citations numbered from 0", "tables.source_citation[*].position", "\"position\":1,",
						"\"position\":0,"),
				new Case("citation position given twice", "tables.source_citation[*].position",
						"\"source_id\":(\\d+),\"position\":2,", "\"source_id\":$1,\"position\":1,"),
				new Case("51 citations of one source", "tables.source_citation[*].position",
						"\"source_citation\":\\[[^\\]]*]", "\"source_citation\":[" + citations(1, 51) + "]"),
				// Two rows with one slug: refused by the database, reported without its words.
				new Case("slug taken twice", "tables.event[", "\"slug\":\"london-talks\"",
						"\"slug\":\"geneva-talks\""));
	}

	/**
	 * Rows the API never leaves behind, each of which was imported: references to deleted rows that
	 * the reads then failed on (every read of the event, with a 500), and values past what the API
	 * stores or its clients read back.
	 */
	static Stream<Case> referenceAndRangeCases() {
		return Stream.of(
				new Case("deleted actor taking part in a live event", "tables.event_participant[*].actor_id",
						deletedAt("\"slug\":\"he-lifeng\""), "${head}\"2026-01-01T00:00:00Z\""),
				new Case("live claims of a deleted source", "tables.claim[*].source_id",
						deletedAt("\\{\"id\":1,\"file_name\":"), "${head}\"2026-01-01T00:00:00Z\""),
				new Case("live claims about a deleted event", "tables.claim[*].event_id",
						deletedAt("\"slug\":\"london-talks\""), "${head}\"2026-01-01T00:00:00Z\""),
				new Case("instant in the year 999999999", "tables.actor[*].updated_at",
						"(?<head>\"slug\":\"xi-jinping\",[^{}]*?\"updated_at\":)\"[^\"]+\"",
						"${head}\"+999999999-12-31T23:59:59Z\""),
				new Case("instant in the year 3000", "tables.event[*].created_at",
						"(?<head>\"slug\":\"london-talks\",[^{}]*?\"created_at\":)\"[^\"]+\"",
						"${head}\"3000-01-01T00:00:00Z\""),
				new Case("change before creation", "tables.actor[*].updated_at",
						"(?<head>\"slug\":\"xi-jinping\",[^{}]*?\"updated_at\":)\"[^\"]+\"",
						"${head}\"1970-01-01T00:00:00Z\""),
				new Case("id past 2^53 - 1", "tables.claim[*].id", "\\{\"id\":\\d+,\"source_id\":",
						"{\"id\":9007199254740992,\"source_id\":"),
				new Case("id of Long.MAX_VALUE", "tables.claim[*].id", "\\{\"id\":\\d+,\"source_id\":",
						"{\"id\":9223372036854775807,\"source_id\":"),
				new Case("negative version", "tables.actor[*].version",
						"(?<head>\"slug\":\"xi-jinping\",[^{}]*?\"version\":)\\d+", "${head}-5"),
				new Case("negative store revision", "tables.store_change[*].revision",
						"(?<head>\"store_change\":\\[\\{\"id\":1,\"revision\":)\\d+", "${head}-1"),
				new Case("store revision of Long.MAX_VALUE", "tables.store_change[*].revision",
						"(?<head>\"store_change\":\\[\\{\"id\":1,\"revision\":)\\d+", "${head}9223372036854775807"),
				new Case("token named as the bootstrap admin", "tables.api_token[*].name", NO_TOKENS,
						token("bootstrap-admin", "null")),
				new Case("token named as writes without a token", "tables.api_token[*].name", NO_TOKENS,
						token("system", "null")),
				new Case("token expiring in the year 10000", "tables.api_token[*].expires_at", NO_TOKENS,
						token("newsdesk", "\"+10000-01-01T00:00:00Z\"")),
				new Case("suggestion about no stored subject", "tables.ingest_suggestion[*].subject_slug",
						NO_SUGGESTIONS, suggestion(0, 6, "London", "location", "London", "0.9")
							.replace("\"london-talks\"", "\"no-such-event-zz\"")),
				new Case("suggestion that created no stored event", "tables.ingest_suggestion[*].created_event",
						NO_SUGGESTIONS, suggestion(0, 6, "London", "location", "London", "0.9")
							.replace("\"created_event\":null", "\"created_event\":\"no-such-event\"")));
	}

	/** The deleted_at of the row that row starts as head (a live row: it is null). */
	private static String deletedAt(String row) {
		return "(?<head>" + row + "[^{}]*?\"deleted_at\":)null";
	}

	/** The seeded store has no token: a case adds one. */
	private static final String NO_TOKENS = "\"api_token\":\\[]";

	/** The table with one token, so named and expiring. */
	private static String token(String name, String expiresAt) {
		return ("\"api_token\":[{\"id\":1,\"name\":\"%s\",\"role\":\"EDITOR\",\"created_by\":\"bootstrap-admin\","
				+ "\"created_at\":\"2026-01-01T00:00:00Z\",\"expires_at\":%s,\"revoked_at\":null}]")
			.formatted(name, expiresAt);
	}

	/** The subject columns of a claim about an event, the event's id as group 1. */
	private static final String CLAIM_ON_EVENT = "\"event_id\":(\\d+),\"actor_id\":null,\"figure_id\":null";

	/**
	 * The rest of a JSON string's text, escapes included. Possessive: a greedy star over a group
	 * recurses once a repetition in Java's matcher, and overflowed the stack on a revision's changes.
	 */
	private static final String TEXT = "(?:[^\"\\\\]|\\\\.)*+";

	/** The seeded store has no suggestion: a case adds one. */
	private static final String NO_SUGGESTIONS = "\"ingest_suggestion\":\\[]";

	/** The table with one suggestion about london-talks in source 1. */
	private static String suggestion(int start, int end, String excerpt, String attribute, String value,
			String confidence) {
		return ("\"ingest_suggestion\":[{\"source_id\":1,\"number\":1,\"subject_type\":\"EVENT\","
				+ "\"subject_slug\":\"london-talks\",\"proposal\":null,\"proposal_title\":null,\"attribute\":\"%s\","
				+ "\"claim_value\":\"%s\",\"value_label\":\"%s\",\"start_offset\":%d,\"end_offset\":%d,"
				+ "\"excerpt\":\"%s\",\"rule\":\"place\",\"confidence\":\"%s\",\"status\":\"PENDING\","
				+ "\"decided_by\":null,\"decided_at\":null,\"claim_id\":null,\"created_event\":null}]")
			.formatted(attribute, value, value, start, end, excerpt, confidence);
	}

	/** Rows citing count outlets in source, at positions 1 to count. */
	private static String citations(long source, int count) {
		return IntStream.rangeClosed(1, count)
			.mapToObj(position -> "{\"source_id\":%d,\"position\":%d,\"name\":\"Outlet %d\",\"kind\":\"NEWS_OUTLET\"}"
				.formatted(source, position, position))
			.collect(Collectors.joining(","));
	}

	/** An event's start_date as head, its end_date and the start of its date_precision as mid. */
	private static String eventDate(String slug) {
		return "(?<head>\"slug\":\"" + slug + "\",[^{}]*?\"start_date\":\")[0-9-]+"
				+ "(?<mid>\",\"end_date\":(?:null|\"[0-9-]+\"),\"date_precision\":\")[A-Z_]+\"";
	}

	private static String figureAmount() {
		return "(?<head>\"slug\":\"rare-earth-exports-2025-05\",[^{}]*?\"amount\":\")[0-9.-]+\"";
	}

	@BeforeAll
	void backup() throws Exception {
		this.backup = exported();
		assertThat(this.backup).contains("\"slug\":\"london-talks\"", "\"slug\":\"geneva-talks\"",
				"\"slug\":\"he-lifeng\"", "\"slug\":\"rare-earths\"");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource({ "cases", "referenceAndRangeCases" })
	@Order(1)
	void aRowTheApiWouldRefuseIsRefusedWithoutDatabaseInternals(Case c) throws Exception {
		Matcher matcher = Pattern.compile(c.from()).matcher(this.backup);
		assertThat(matcher.find()).as("the seed backup has " + c.from()).isTrue();
		// The replacement's JSON escapes are text, not the matcher's escapes.
		String document = matcher.replaceFirst(c.to().replace("\\", "\\\\"));
		MockHttpServletResponse response = importing(document);
		String body = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(response.getStatus()).as(body).isEqualTo(400);
		assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		String expected = "\\Q" + c.field().replace("[*]", "\\E\\[\\d+(\\.\\.\\d+)?]\\Q") + "\\E.*";
		List<Map<String, String>> errors = JsonPath.read(body, "$.errors");
		// The message names the row and column too, as the problem's detail when it is the only one.
		assertThat(errors).as(body)
			.anyMatch(e -> e.get("field").matches(expected) && e.get("message").contains(e.get("field")));
		for (Pattern leak : LEAKS) {
			assertThat(leak.matcher(body).find()).as("%s in %s", leak, body).isFalse();
		}
		assertThat(tables(exported())).as("the store after refusing " + c).isEqualTo(tables(this.backup));
	}

	/** Last: every refusal left the store fresh, and the rules refuse nothing a real backup holds. */
	@Test
	@Order(2)
	void theUnmodifiedBackupIsAccepted() throws Exception {
		MockHttpServletResponse response = importing(this.backup);
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
	}

	private String exported() throws Exception {
		return this.mvc.perform(get(BackupController.PATH).with(Editors.bearer(Editors.BOOTSTRAP_ADMIN)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/** Every row of a backup, and not when it was made. */
	private static String tables(String backup) {
		return backup.substring(backup.indexOf("\"tables\""));
	}

	private MockHttpServletResponse importing(String document) throws Exception {
		return this.mvc.perform(post(BackupController.PATH).with(Editors.bearer(Editors.BOOTSTRAP_ADMIN))
			.contentType(MediaType.APPLICATION_JSON)
			.content(document.getBytes(StandardCharsets.UTF_8))).andReturn().getResponse();
	}

}
