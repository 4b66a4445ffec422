package org.tradeline.problem;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tradeline.support.Api;
import org.tradeline.support.ApiTest;
import org.tradeline.support.Editors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.tradeline.support.Api.read;

/**
 * Hostile and broken input, table-driven. No case may answer 5xx; each answers its documented
 * status; and nothing stored changes: the target event, its claim and every table's row count are
 * compared before and after each case. Writes carry the current ETag, so what is tested is the body.
 */
@ApiTest
@TestPropertySource(properties = "tradeline.test.context=writes")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest {

	static final String EVENT = "/api/v1/events/bad-input-target";

	static final String JSON = "application/json";

	static final String MERGE = "application/merge-patch+json";

	static final String INJECTION = "'; drop table event; --";

	static final String SCRIPT = "<script>alert(1)</script>";

	static final String VALID = """
			{"slug": "bad-input-target", "title": "Target", "summary": "A target for bad input.", "kind": "call",
			 "date": {"start": "2025-06-11", "precision": "mid-month"}, "topics": ["rare-earths"],
			 "participants": [{"actor": "he-lifeng", "role": "Vice Premier", "side": "china"}]}""";

	record Case(String name, HttpMethod method, String uri, String contentType, String body, int status) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	Api api;

	String claimUri;

	static String event(String field, String json) {
		return VALID.replaceFirst("\"" + field + "\": (\"[^\"]*\"|\\{[^}]*\\}|\\[[^\\]]*\\])", java.util.regex.Matcher.quoteReplacement("\"" + field + "\": " + json));
	}

	static String quoted(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

	static String claim(String field, String json) {
		String valid = """
				{"source": 1, "subject": {"type": "event", "slug": "bad-input-target"}, "attribute": "start-date",
				 "value": "2025-06-12", "valueLabel": "June 12", "excerpt": "on June 12"}""";
		return valid.replaceFirst("\"" + field + "\": (\"[^\"]*\"|\\{[^}]*\\}|\\d+)",
				java.util.regex.Matcher.quoteReplacement("\"" + field + "\": " + json));
	}

	static Stream<Case> cases() {
		List<Case> cases = new ArrayList<>();
		// Malformed JSON
		cases.add(new Case("truncated JSON", HttpMethod.PUT, EVENT, JSON, "{\"slug\": ", 400));
		cases.add(new Case("not JSON", HttpMethod.PUT, EVENT, JSON, "slug=x", 400));
		cases.add(new Case("array instead of object", HttpMethod.PUT, EVENT, JSON, "[]", 400));
		cases.add(new Case("JSON null body", HttpMethod.PUT, EVENT, JSON, "null", 400));
		cases.add(new Case("empty body", HttpMethod.PUT, EVENT, JSON, "", 400));
		cases.add(new Case("trailing garbage", HttpMethod.PUT, EVENT, JSON, VALID + " {}", 400));
		cases.add(new Case("merge patch not an object", HttpMethod.PATCH, EVENT, MERGE, "[1, 2]", 400));
		cases.add(new Case("invalid UTF-8 bytes", HttpMethod.PUT, EVENT, JSON, "{\"title\": \"\u00ff\u00fe\"}", 400));
		// Wrong types
		cases.add(new Case("kind as number", HttpMethod.PUT, EVENT, JSON, event("kind", "0"), 400));
		cases.add(new Case("unknown kind", HttpMethod.PUT, EVENT, JSON, event("kind", "\"rumour\""), 400));
		cases.add(new Case("date as string", HttpMethod.PUT, EVENT, JSON, event("date", "\"2025-06-11\""), 400));
		cases.add(new Case("topics as string", HttpMethod.PUT, EVENT, JSON, event("topics", "\"rare-earths\""), 400));
		cases.add(new Case("title as object", HttpMethod.PUT, EVENT, JSON, event("title", "{\"a\": 1}"), 400));
		cases.add(new Case("participant actor as array", HttpMethod.PATCH, EVENT, MERGE,
				"{\"participants\": [{\"actor\": [\"he-lifeng\"], \"role\": \"r\", \"side\": \"us\"}]}", 400));
		cases.add(new Case("unknown precision", HttpMethod.PATCH, EVENT, MERGE,
				"{\"date\": {\"precision\": \"fortnight\"}}", 400));
		cases.add(new Case("claim source as text", HttpMethod.POST, "/api/v1/claims", JSON, claim("source", "\"one\""), 400));
		cases.add(new Case("figure amount as text", HttpMethod.POST, "/api/v1/figures", JSON,
				"{\"slug\": \"f\", \"label\": \"l\", \"amount\": \"lots\", \"unit\": \"t\"}", 400));
		// Oversized and overlong
		cases.add(new Case("body over 64 KiB", HttpMethod.PUT, EVENT, JSON, event("summary", quoted("x".repeat(70_000))), 413));
		cases.add(new Case("title over 200", HttpMethod.PUT, EVENT, JSON, event("title", quoted("t".repeat(201))), 400));
		cases.add(new Case("summary over 2000", HttpMethod.PUT, EVENT, JSON, event("summary", quoted("s".repeat(2001))), 400));
		cases.add(new Case("location over 200", HttpMethod.PATCH, EVENT, MERGE, "{\"location\": " + quoted("l".repeat(201)) + "}", 400));
		cases.add(new Case("excerpt over 300", HttpMethod.POST, "/api/v1/claims", JSON, claim("excerpt", quoted("e".repeat(301))), 400));
		cases.add(new Case("empty excerpt", HttpMethod.POST, "/api/v1/claims", JSON, claim("excerpt", "\"  \""), 400));
		cases.add(new Case("token name over 100", HttpMethod.POST, "/api/v1/admin/tokens", JSON,
				"{\"name\": " + quoted("n".repeat(101)) + ", \"role\": \"editor\"}", 400));
		// Invalid dates
		cases.add(new Case("February 30", HttpMethod.PATCH, EVENT, MERGE, "{\"date\": {\"start\": \"2025-02-30\"}}", 400));
		cases.add(new Case("mid-month not on day 11", HttpMethod.PATCH, EVENT, MERGE, "{\"date\": {\"start\": \"2025-06-12\"}}", 400));
		cases.add(new Case("end before start", HttpMethod.PATCH, EVENT, MERGE, "{\"date\": {\"end\": \"2025-06-01\"}}", 400));
		cases.add(new Case("date with time", HttpMethod.PATCH, EVENT, MERGE, "{\"date\": {\"start\": \"2025-06-11T10:00:00\"}}", 400));
		cases.add(new Case("claim date value month 13", HttpMethod.POST, "/api/v1/claims", JSON, claim("value", "\"2025-13\""), 400));
		// 1e999999999 is eleven characters and, written out, a billion digits.
		for (String number : List.of("1e999999999", "9e1", "+90", "1,000", "0x10", "NaN")) {
			cases.add(new Case("figure amount claim " + number, HttpMethod.POST, "/api/v1/claims", JSON,
					claim("attribute", "\"amount\"").replace("\"type\": \"event\", \"slug\": \"bad-input-target\"",
							"\"type\": \"figure\", \"slug\": \"rare-earth-exports-2025-05\"")
						.replace("\"2025-06-12\"", quoted(number)), 400));
		}
		for (String day : List.of("1582-10-10", "0001-01", "~3000-01-01", "~2999-12-31")) {
			cases.add(new Case("claim date value " + day, HttpMethod.POST, "/api/v1/claims", JSON,
					claim("value", quoted(day)), 400));
		}
		cases.add(new Case("claim for unknown attribute", HttpMethod.POST, "/api/v1/claims", JSON, claim("attribute", "\"mood\""), 400));
		cases.add(new Case("claim of unknown source", HttpMethod.POST, "/api/v1/claims", JSON, claim("source", "999999"), 400));
		// Unknown fields
		cases.add(new Case("unknown top-level field", HttpMethod.PUT, EVENT, JSON, VALID.replace("{\"slug\"", "{\"id\": 7, \"slug\""), 400));
		cases.add(new Case("unknown nested field", HttpMethod.PATCH, EVENT, MERGE, "{\"date\": {\"label\": \"today\"}}", 400));
		cases.add(new Case("unknown field in patch", HttpMethod.PATCH, EVENT, MERGE, "{\"claims\": []}", 400));
		// Injection strings where they must match a vocabulary or pattern
		cases.add(new Case("SQL in slug", HttpMethod.POST, "/api/v1/events", JSON, event("slug", quoted(INJECTION)), 400));
		cases.add(new Case("SQL in topic reference", HttpMethod.PUT, EVENT, JSON, event("topics", "[" + quoted(INJECTION) + "]"), 400));
		cases.add(new Case("script in participant actor", HttpMethod.PATCH, EVENT, MERGE,
				"{\"participants\": [{\"actor\": " + quoted(SCRIPT) + ", \"role\": \"r\", \"side\": \"us\"}]}", 400));
		cases.add(new Case("SQL in claim subject", HttpMethod.POST, "/api/v1/claims", JSON,
				claim("subject", "{\"type\": \"event\", \"slug\": " + quoted(INJECTION) + "}"), 400));
		cases.add(new Case("SQL in actor-valued claim", HttpMethod.POST, "/api/v1/claims", JSON,
				claim("attribute", "\"us-leader\"").replace("\"2025-06-12\"", quoted(INJECTION)), 400));
		cases.add(new Case("SQL in source sha256", HttpMethod.POST, "/api/v1/sources", JSON,
				"{\"fileName\": \"x.txt\", \"summary\": \"s\", \"sha256\": " + quoted(INJECTION) + "}", 400));
		cases.add(new Case("script in source file name", HttpMethod.POST, "/api/v1/sources", JSON,
				"{\"fileName\": " + quoted(SCRIPT) + ", \"summary\": \"s\", \"sha256\": \"" + "a".repeat(64) + "\"}", 400));
		// Unicode edge cases
		cases.add(new Case("lone surrogate in title", HttpMethod.PATCH, EVENT, MERGE, "{\"title\": \"a\\ud800b\"}", 400));
		cases.add(new Case("escaped NUL in summary", HttpMethod.PATCH, EVENT, MERGE, "{\"summary\": \"a\\u0000b\"}", 400));
		cases.add(new Case("RTL override in slug", HttpMethod.POST, "/api/v1/events", JSON, event("slug", "\"evil\u202eslug\""), 400));
		cases.add(new Case("emoji in slug", HttpMethod.POST, "/api/v1/actors", JSON,
				"{\"slug\": \"trade-\ud83d\udcb0\", \"name\": \"n\", \"kind\": \"person\"}", 400));
		cases.add(new Case("NUL in claim excerpt", HttpMethod.POST, "/api/v1/claims", JSON, claim("excerpt", "\"on\\u0000June\""), 400));
		// Query parameters and headers
		cases.add(new Case("SQL in topic filter", HttpMethod.GET, "/api/v1/events?topic=" + enc(INJECTION), null, null, 400));
		cases.add(new Case("SQL in actor filter", HttpMethod.GET, "/api/v1/events?actor=" + enc(INJECTION), null, null, 400));
		cases.add(new Case("SQL in kind filter", HttpMethod.GET, "/api/v1/events?kind=" + enc(INJECTION), null, null, 400));
		cases.add(new Case("SQL in sort", HttpMethod.GET, "/api/v1/events?sort=" + enc("title; drop table event"), null, null, 400));
		cases.add(new Case("SQL in text search", HttpMethod.GET, "/api/v1/events?q=" + enc(INJECTION), null, null, 200));
		cases.add(new Case("script in text search", HttpMethod.GET, "/api/v1/events?q=" + enc(SCRIPT), null, null, 200));
		cases.add(new Case("SQL in date filter", HttpMethod.GET, "/api/v1/events?from=" + enc(INJECTION), null, null, 400));
		cases.add(new Case("SQL in subject type", HttpMethod.GET, "/api/v1/disputes?subjectType=" + enc(INJECTION), null, null, 400));
		cases.add(new Case("subject type in capitals", HttpMethod.GET, "/api/v1/disputes?subjectType=EVENT", null, null, 400));
		cases.add(new Case("SQL in page", HttpMethod.GET, "/api/v1/sources?page=" + enc(INJECTION), null, null, 400));
		// The firewall refuses encoded semicolons and the like in paths before any handler runs.
		cases.add(new Case("SQL in path slug", HttpMethod.GET, "/api/v1/events/" + enc(INJECTION), null, null, 400));
		cases.add(new Case("script in path slug", HttpMethod.GET, "/api/v1/events/" + enc(SCRIPT), null, null, 400));
		cases.add(new Case("unknown path slug", HttpMethod.GET, "/api/v1/events/" + enc("drop-table-event"), null, null, 404));
		cases.add(new Case("SQL in numeric path id", HttpMethod.GET, "/api/v1/sources/" + enc("1 or 1=1"), null, null, 400));
		cases.add(new Case("NUL in text search", HttpMethod.GET, "/api/v1/events?q=%00", null, null, 400));
		cases.add(new Case("NUL in topic filter", HttpMethod.GET, "/api/v1/events?topic=a%00b", null, null, 400));
		cases.add(new Case("overlong text search", HttpMethod.GET, "/api/v1/events?q=" + "q".repeat(201), null, null, 400));
		cases.add(new Case("wrong content type", HttpMethod.PUT, EVENT, "text/plain", VALID, 415));
		cases.add(new Case("JSON patch content type on PATCH", HttpMethod.PATCH, EVENT, JSON, "{\"title\": \"x\"}", 415));
		return cases.stream();
	}

	private static String enc(String text) {
		return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	@BeforeAll
	void target() throws Exception {
		this.api = new Api(this.mvc, Editors.BOOTSTRAP_ADMIN);
		assertThat(this.api.post("/api/v1/events", VALID).getStatus()).isEqualTo(201);
		MockHttpServletResponse claim = this.api.post("/api/v1/claims", claim("value", "\"2025-06-11\""));
		assertThat(claim.getStatus()).isEqualTo(201);
		this.claimUri = "/api/v1/claims/" + (Integer) read(claim, "$.id");
	}

	private Map<String, Object> snapshot() throws Exception {
		Map<String, Object> snapshot = new LinkedHashMap<>();
		snapshot.put("event", this.api.anonymousGet(EVENT).getContentAsString(StandardCharsets.UTF_8));
		snapshot.put("claim", this.api.anonymousGet(this.claimUri).getContentAsString(StandardCharsets.UTF_8));
		for (String table : List.of("event", "event_topic", "event_participant", "source", "source_citation", "actor",
				"figure", "claim", "api_token", "event_revision", "store_change")) {
			snapshot.put(table, this.jdbc.queryForList("select count(*) from " + table));
		}
		snapshot.put("revision", this.jdbc.queryForObject("select revision from store_change", Long.class));
		return snapshot;
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void badInputIsRefusedWithoutChangingAnything(Case c) throws Exception {
		Map<String, Object> before = snapshot();
		MockHttpServletRequestBuilder request = request(c.method(), java.net.URI.create(c.uri()));
		if (c.body() != null) {
			byte[] bytes = c.name().equals("invalid UTF-8 bytes") ? c.body().getBytes(StandardCharsets.ISO_8859_1)
					: c.body().getBytes(StandardCharsets.UTF_8);
			request.contentType(c.contentType()).content(bytes);
		}
		if (c.method() == HttpMethod.PUT || c.method() == HttpMethod.PATCH) {
			request.header(HttpHeaders.IF_MATCH, this.api.etag(EVENT));
		}
		MockHttpServletResponse response = this.api.send(request);
		assertThat(response.getStatus()).as("%s: %s", c.name(), response.getContentAsString()).isLessThan(500)
			.isEqualTo(c.status());
		if (response.getStatus() >= 400) {
			assertThat(response.getContentType()).isEqualTo("application/problem+json");
		}
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void tableHasAtLeastFortyCases() {
		assertThat(cases().count()).isGreaterThanOrEqualTo(40);
	}

	/** Injection strings in free-text fields are data: stored and returned verbatim, nothing else changes. */
	@Test
	void injectionInFreeTextIsStoredVerbatim() throws Exception {
		String text = INJECTION + " " + SCRIPT + " \u200f\u05e9\u05dc\u05d5\u05dd \ud83d\udcb0 \" \\ %_";
		String body = "{\"title\": " + quoted(text.substring(0, 60)) + ", \"summary\": " + quoted(text)
				+ ", \"location\": " + quoted(text) + "}";
		long events = this.jdbc.queryForObject("select count(*) from event", Long.class);
		MockHttpServletResponse response = this.api.patch(EVENT, this.api.etag(EVENT), body);
		assertThat(response.getStatus()).isEqualTo(200);
		MockHttpServletResponse read = this.api.anonymousGet(EVENT);
		assertThat((String) read(read, "$.summary")).isEqualTo(text);
		assertThat((String) read(read, "$.location")).isEqualTo(text);
		assertThat(this.jdbc.queryForObject("select count(*) from event", Long.class)).isEqualTo(events);
		assertThat(this.api.patch(EVENT, this.api.etag(EVENT), VALID.replace("{\"slug\": \"bad-input-target\",", "{"))
			.getStatus()).isEqualTo(200);
	}

}
