package org.tradeline.system;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tradeline.support.ApiTest;
import org.tradeline.support.Editors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Values at and past the edges a parser or a database has: numbers at the bounds of int and long,
 * identifiers tens of thousands of characters long, and characters XML 1.0 cannot carry. Each is a
 * client's mistake: answered 400 naming what is wrong (or 404 for a well-formed id nothing has),
 * never 500, and without a stack trace in the log.
 */
@ApiTest
@TestPropertySource(properties = "tradeline.test.context=extremes")
@ExtendWith(OutputCaptureExtension.class)
class ExtremeInputTest {

	static final String LONG_SLUG = "a" + "-a".repeat(25_000);

	@Autowired
	MockMvc mvc;

	record Case(String name, HttpMethod method, String uri, String body, int status, String parameter) {

		static Case get(String uri, int status, String parameter) {
			return new Case("GET " + uri, HttpMethod.GET, uri, null, status, parameter);
		}

		@Override
		public String toString() {
			return (this.name.length() > 120) ? this.name.substring(0, 120) + "..." : this.name;
		}

	}

	static Stream<Case> numbers() {
		List<Case> cases = new ArrayList<>();
		for (String list : List.of("/api/v1/events", "/api/v1/actors", "/api/v1/figures", "/api/v1/topics",
				"/api/v1/sources", "/api/v1/disputes", "/api/v1/admin/tokens", "/api/v1/events/london-talks/revisions")) {
			String sep = list.contains("?") ? "&" : "?";
			// The product of page and size overflows an int offset.
			cases.add(Case.get(list + sep + "page=2147483647&size=100", 400, "page"));
			cases.add(Case.get(list + sep + "page=21474837&size=100", 400, "page"));
			cases.add(Case.get(list + sep + "page=2147483648", 400, "page"));
			cases.add(Case.get(list + sep + "page=-1", 400, "page"));
			cases.add(Case.get(list + sep + "page=-2147483648", 400, "page"));
			cases.add(Case.get(list + sep + "page=9223372036854775808", 400, "page"));
			cases.add(Case.get(list + sep + "size=0", 400, "size"));
			cases.add(Case.get(list + sep + "size=-2147483648", 400, "size"));
			cases.add(Case.get(list + sep + "size=2147483647", 400, "size"));
			cases.add(Case.get(list + sep + "size=2147483648", 400, "size"));
			// The last page whose rows an int offset can still address is an empty page, not an error.
			cases.add(Case.get(list + sep + "page=21474835&size=100", 200, null));
		}
		for (String ids : List.of("/api/v1/sources/", "/api/v1/claims/")) {
			cases.add(Case.get(ids + "9223372036854775808", 400, "id"));
			cases.add(Case.get(ids + "-9223372036854775809", 400, "id"));
			cases.add(Case.get(ids + "9223372036854775807", 404, null));
			cases.add(Case.get(ids + "-9223372036854775808", 404, null));
			cases.add(Case.get(ids + "-1", 404, null));
			cases.add(Case.get(ids + "0", 404, null));
		}
		String revisions = "/api/v1/events/london-talks/revisions/";
		cases.add(Case.get(revisions + "2147483648", 400, "number"));
		cases.add(Case.get(revisions + "2147483647", 404, null));
		cases.add(Case.get(revisions + "-2147483648", 404, null));
		cases.add(Case.get(revisions + "0", 404, null));
		cases.add(new Case("DELETE token 2^63", HttpMethod.DELETE, "/api/v1/admin/tokens/9223372036854775808", null,
				400, "id"));
		cases.add(new Case("DELETE token -1", HttpMethod.DELETE, "/api/v1/admin/tokens/-1", null, 404, null));
		cases.add(new Case("DELETE token 0", HttpMethod.DELETE, "/api/v1/admin/tokens/0", null, 404, null));
		cases.add(new Case("claim source 2^63", HttpMethod.POST, "/api/v1/claims", """
				{"source": 9223372036854775808, "subject": {"type": "event", "slug": "london-talks"},
				 "attribute": "location", "value": "Geneva", "valueLabel": "Geneva", "excerpt": "in Geneva"}""", 400,
				null));
		return cases.stream();
	}

	static Stream<Case> longSlugs() {
		return Stream.of(new Case("event slug in body", HttpMethod.POST, "/api/v1/events", """
				{"slug": "%s", "title": "T", "summary": "S.", "kind": "call",
				 "date": {"start": "2025-05-11", "precision": "mid-month"}}""".formatted(LONG_SLUG), 400, null),
				new Case("actor slug in body", HttpMethod.POST, "/api/v1/actors",
						"{\"slug\": \"%s\", \"name\": \"N\", \"kind\": \"person\"}".formatted(LONG_SLUG), 400, null),
				new Case("figure slug in body", HttpMethod.POST, "/api/v1/figures",
						"{\"slug\": \"%s\", \"label\": \"L\", \"amount\": 1, \"unit\": \"t\"}".formatted(LONG_SLUG), 400,
						null),
				new Case("token name in body", HttpMethod.POST, "/api/v1/admin/tokens",
						"{\"name\": \"%s\", \"role\": \"editor\"}".formatted(LONG_SLUG), 400, null),
				new Case("claim subject slug in body", HttpMethod.POST, "/api/v1/claims", """
						{"source": 1, "subject": {"type": "event", "slug": "%s"}, "attribute": "location",
						 "value": "Geneva", "valueLabel": "Geneva", "excerpt": "in Geneva"}""".formatted(LONG_SLUG), 400,
						null),
				new Case("source file name in body", HttpMethod.POST, "/api/v1/sources",
						"{\"fileName\": \"%s\", \"summary\": \"s\", \"sha256\": \"%s\"}".formatted(LONG_SLUG,
								"a".repeat(64)), 400, null),
				Case.get("/api/v1/events/" + LONG_SLUG, 400, "slug"), Case.get("/api/v1/actors/" + LONG_SLUG, 400, "slug"),
				Case.get("/api/v1/figures/" + LONG_SLUG, 400, "slug"),
				Case.get("/api/v1/events/" + LONG_SLUG + "/revisions", 400, "slug"),
				Case.get("/api/v1/events?topic=" + LONG_SLUG, 400, "topic"),
				Case.get("/api/v1/events?actor=" + LONG_SLUG, 400, "actor"),
				Case.get("/api/v1/events?q=" + LONG_SLUG, 400, "q"));
	}

	/** Characters XML 1.0 forbids, in body text and in query text. */
	static Stream<Case> xmlForbidden() {
		List<Case> cases = new ArrayList<>();
		for (String[] c : new String[][] { { "U+FFFE", "\\ufffe", "%EF%BF%BE" }, { "U+FFFF", "\\uffff", "%EF%BF%BF" },
				{ "U+0001", "\\u0001", "%01" }, { "U+001B", "\\u001b", "%1B" }, { "lone surrogate", "\\udc00", null } }) {
			cases.add(new Case(c[0] + " in a title", HttpMethod.POST, "/api/v1/events", """
					{"slug": "xml-forbidden", "title": "a%sb", "summary": "S.", "kind": "call",
					 "date": {"start": "2025-05-11", "precision": "mid-month"}}""".formatted(c[1]), 400, null));
			cases.add(new Case(c[0] + " in an actor name", HttpMethod.POST, "/api/v1/actors",
					"{\"slug\": \"xml-forbidden\", \"name\": \"a%sb\", \"kind\": \"person\"}".formatted(c[1]), 400, null));
			if (c[2] != null) {
				cases.add(Case.get("/api/v1/events?q=a" + c[2] + "b", 400, "q"));
				cases.add(Case.get("/api/v1/events?topic=a" + c[2] + "b", 400, "topic"));
			}
		}
		// Bidi controls: refused in identifiers, allowed in free text (see SECURITY.md).
		cases.add(new Case("bidi override in a slug", HttpMethod.POST, "/api/v1/actors",
				"{\"slug\": \"a\\u202eb\", \"name\": \"N\", \"kind\": \"person\"}", 400, null));
		cases.add(new Case("bidi isolate in a file name", HttpMethod.POST, "/api/v1/sources",
				"{\"fileName\": \"a\\u2066b.txt\", \"summary\": \"s\", \"sha256\": \"%s\"}".formatted("a".repeat(64)), 400,
				null));
		return cases.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("numbers")
	void numbersAtTheirExtremesAreClientErrors(Case c, CapturedOutput output) throws Exception {
		assertAnswer(c, output);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("longSlugs")
	void identifiersTensOfThousandsOfCharactersLongAreClientErrors(Case c, CapturedOutput output) throws Exception {
		assertAnswer(c, output);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("xmlForbidden")
	void charactersXmlCannotCarryAreRefused(Case c, CapturedOutput output) throws Exception {
		assertAnswer(c, output);
	}

	@Test
	void bidiControlsInFreeTextAreKept() throws Exception {
		String title = "\u202bRight-to-left\u202c and \u2067isolated\u2069";
		MockHttpServletResponse created = perform(new Case("bidi in title", HttpMethod.POST, "/api/v1/actors",
				"{\"slug\": \"bidi-free-text\", \"name\": \"%s\", \"kind\": \"person\"}".formatted(title), 201, null));
		assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
		assertThat(JsonPath.<String>read(created.getContentAsString(StandardCharsets.UTF_8), "$.name")).isEqualTo(title);
	}

	private void assertAnswer(Case c, CapturedOutput output) throws Exception {
		int logged = output.getAll().length();
		MockHttpServletResponse response = perform(c);
		String body = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(response.getStatus()).as(body).isEqualTo(c.status());
		if (c.status() >= 400) {
			assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			assertThat(JsonPath.<Integer>read(body, "$.status")).isEqualTo(c.status());
		}
		if (c.parameter() != null) {
			assertThat(JsonPath.<String>read(body, "$.errors[0].parameter")).isEqualTo(c.parameter());
		}
		assertThat(output.getAll().substring(logged)).as("logged for a client's mistake")
			.doesNotContain("Exception")
			.doesNotContain("\tat ")
			.doesNotContain("ERROR");
	}

	private MockHttpServletResponse perform(Case c) throws Exception {
		MockHttpServletRequestBuilder request = request(c.method(), URI.create(c.uri()))
			.with(Editors.bearer(Editors.BOOTSTRAP_ADMIN));
		if (c.body() != null) {
			request.contentType(MediaType.APPLICATION_JSON).content(c.body().getBytes(StandardCharsets.UTF_8));
		}
		return this.mvc.perform(request).andReturn().getResponse();
	}

}
