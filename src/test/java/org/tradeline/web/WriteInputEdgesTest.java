package org.tradeline.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.tradeline.support.Api;
import org.tradeline.support.ApiTest;
import org.tradeline.support.Editors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tradeline.support.Api.read;

/**
 * Edges of what a write reads: a merge patch names only fields the request has, even to remove
 * them; lengths count characters, not UTF-16 code units; a decimal is read as written; and a date
 * removed takes the precision it defaulted with along.
 */
@ApiTest
@TestPropertySource(properties = "tradeline.test.context=writes")
class WriteInputEdgesTest {

	private static final AtomicInteger counter = new AtomicInteger();

	/** 😀, one character of two UTF-16 code units. */
	private static final String EMOJI = "\uD83D\uDE00";

	@Autowired
	MockMvc mvc;

	Api api;

	@BeforeEach
	void editor() throws Exception {
		this.api = new Api(this.mvc, Editors.editor(this.mvc, "edges-" + System.nanoTime()));
	}

	@Test
	void aMergePatchRemovingAFieldTheRequestDoesNotHaveIsRefusedNamingIt() throws Exception {
		String event = "/api/v1/events/" + newEvent();
		String figure = "/api/v1/figures/" + newFigure();
		String actor = "/api/v1/actors/" + newActor();
		String source = "/api/v1/sources/" + newSource("2025-06-01", null);
		Map<String, List<String>> cases = Map.of(event,
				List.of("{\"lcoation\": null}", "lcoation", "{\"date\": {\"ned\": null}}", "date.ned",
						"{\"disputes\": null}", "disputes", "{\"claims\": null}", "claims"),
				figure, List.of("{\"perod\": null}", "perod", "{\"period\": {\"ned\": null}}", "period.ned",
						"{\"claims\": null}", "claims"),
				actor, List.of("{\"titel\": null}", "titel", "{\"updatedAt\": null}", "updatedAt"), source,
				List.of("{\"ulr\": null}", "ulr", "{\"citation\": null}", "citation", "{\"id\": null}", "id"));
		for (Map.Entry<String, List<String>> resource : cases.entrySet()) {
			String uri = resource.getKey();
			String etag = this.api.etag(uri);
			assertThat(etag).as(uri).isNotNull();
			List<String> patches = resource.getValue();
			for (int i = 0; i < patches.size(); i += 2) {
				MockHttpServletResponse refused = this.api.patch(uri, "*", patches.get(i));
				assertThat(refused.getStatus()).as(uri + " " + patches.get(i)).isEqualTo(400);
				assertThat((List<String>) read(refused, "$.errors[*].field")).as(patches.get(i))
					.containsExactly(patches.get(i + 1));
				String name = patches.get(i + 1).replaceFirst(".*\\.", "");
				assertThat((String) read(refused, "$.errors[0].message")).isEqualTo("Unknown field '" + name + "'");
			}
			assertThat(this.api.etag(uri)).as(uri).isEqualTo(etag);
		}
		// A null still removes a field the request has.
		assertThat(this.api.patch(event, "*", "{\"location\": \"Geneva\"}").getStatus()).isEqualTo(200);
		MockHttpServletResponse cleared = this.api.patch(event, "*", "{\"location\": null}");
		assertThat(cleared.getStatus()).isEqualTo(200);
		assertThat(cleared.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("\"location\"");
		MockHttpServletResponse period = this.api.patch(figure, "*", "{\"period\": {\"end\": null}}");
		assertThat(period.getStatus()).as(period.getContentAsString()).isEqualTo(200);
		assertThat((String) read(period, "$.period.start")).isEqualTo("2025-05-01");
		assertThat(period.getContentAsString()).doesNotContain("\"end\"");
	}

	@Test
	void lengthsCountCharactersNotUtf16CodeUnits() throws Exception {
		String slug = newEvent();
		String uri = "/api/v1/events/" + slug;
		String title = EMOJI.repeat(200);
		MockHttpServletResponse patched = this.api.patch(uri, "*", "{\"title\": \"" + title + "\"}");
		assertThat(patched.getStatus()).as(patched.getContentAsString()).isEqualTo(200);
		assertThat((String) read(this.api.get(uri), "$.title")).isEqualTo(title);
		MockHttpServletResponse tooLong = this.api.patch(uri, "*", "{\"title\": \"" + title + "x\"}");
		assertThat(tooLong.getStatus()).isEqualTo(400);
		assertThat((List<String>) read(tooLong, "$.errors[*].field")).containsExactly("title");
		// Only the bound that applies: a title has no minimum to state.
		assertThat((String) read(tooLong, "$.errors[0].message")).isEqualTo("length must be at most 200 characters");
		// The same count in every request and in the one query parameter with a length bound.
		assertThat(this.api.post("/api/v1/actors", """
				{"slug": "%s", "name": "%s", "kind": "person", "title": "%s"}"""
			.formatted("actor-" + counter.incrementAndGet(), EMOJI.repeat(200), EMOJI.repeat(200))).getStatus())
			.isEqualTo(201);
		MockHttpServletResponse search = this.api
			.send(MockMvcRequestBuilders.get("/api/v1/events").param("q", EMOJI.repeat(200)));
		assertThat(search.getStatus()).as(search.getContentAsString()).isEqualTo(200);
		MockHttpServletResponse longSearch = this.api
			.send(MockMvcRequestBuilders.get("/api/v1/events").param("q", EMOJI.repeat(201)));
		assertThat(longSearch.getStatus()).isEqualTo(400);
		assertThat((String) read(longSearch, "$.errors[0].parameter")).isEqualTo("q");
	}

	@Test
	void aPatchedAmountIsReadAsWritten() throws Exception {
		String uri = "/api/v1/figures/" + newFigure();
		for (String amount : List.of("1e-400", "1.2345678901234567", "0.00001")) {
			MockHttpServletResponse refused = this.api.patch(uri, "*", "{\"amount\": " + amount + "}");
			assertThat(refused.getStatus()).as(amount).isEqualTo(400);
			assertThat((List<String>) read(refused, "$.errors[*].field")).as(amount).containsExactly("amount");
			assertThat((List<String>) read(refused, "$.errors[*].message")).as(amount)
				.containsExactly("amount may have at most 4 decimal places");
		}
		for (String amount : List.of("1e400", "-1e400", "1e17")) {
			MockHttpServletResponse refused = this.api.patch(uri, "*", "{\"amount\": " + amount + "}");
			assertThat(refused.getStatus()).as(amount).isEqualTo(400);
			assertThat((List<String>) read(refused, "$.errors[*].field")).as(amount).containsExactly("amount");
			assertThat((String) read(refused, "$.errors[0].message")).as(amount).doesNotContain("not valid JSON");
		}
		assertThat(((Number) read(this.api.get(uri), "$.amount")).intValue()).isEqualTo(90);
		MockHttpServletResponse exact = this.api.patch(uri, "*", "{\"amount\": 12.5e-3}");
		assertThat(exact.getStatus()).isEqualTo(200);
		assertThat(exact.getContentAsString()).contains("\"amount\":0.0125");
	}

	@Test
	void removingASourcesDateRemovesThePrecisionItDefaultedTo() throws Exception {
		String uri = "/api/v1/sources/" + newSource("2025-06-01", null);
		assertThat((String) read(this.api.get(uri), "$.publishedPrecision")).isEqualTo("day");
		MockHttpServletResponse cleared = this.api.patch(uri, "*", "{\"publishedOn\": null}");
		assertThat(cleared.getStatus()).as(cleared.getContentAsString()).isEqualTo(200);
		String stored = this.api.get(uri).getContentAsString();
		assertThat(stored).doesNotContain("\"publishedOn\"").doesNotContain("\"publishedPrecision\"");
		// A precision given, or kept, without a date is still refused.
		MockHttpServletResponse dated = this.api.patch(uri, "*",
				"{\"publishedOn\": \"2025-06-02\", \"publishedPrecision\": \"approximate\"}");
		assertThat(dated.getStatus()).isEqualTo(200);
		MockHttpServletResponse precisionOnly = this.api.patch(uri, "*",
				"{\"publishedOn\": null, \"publishedPrecision\": \"day\"}");
		assertThat(precisionOnly.getStatus()).isEqualTo(400);
		assertThat((List<String>) read(precisionOnly, "$.errors[*].message"))
			.containsExactly("publishedPrecision needs publishedOn");
		String other = "/api/v1/sources/" + newSource("2025-06-01", "approximate");
		assertThat(this.api.patch(other, "*", "{\"publishedOn\": null}").getStatus()).isEqualTo(200);
		assertThat(this.api.get(other).getContentAsString()).doesNotContain("\"publishedPrecision\"");
	}

	/**
	 * A source keeps text as an event does: without the white space around it, and a blank outlet or
	 * title as none, so its citation never shows a blank part; spacing alone changes nothing.
	 */
	@Test
	void aSourcesTextIsKeptWithoutSurroundingSpaceAndBlankAsNone() throws Exception {
		String uri = "/api/v1/sources/" + newSource("2025-06-01", null);
		MockHttpServletResponse spaced = this.api.patch(uri, "*",
				"{\"outlet\": \"  Spaced Wire \", \"title\": \"\u2003\", \"summary\": \"  A short wire report.  \"}");
		assertThat(spaced.getStatus()).as(spaced.getContentAsString()).isEqualTo(200);
		assertThat((String) read(spaced, "$.outlet")).isEqualTo("Spaced Wire");
		assertThat(spaced.getContentAsString()).doesNotContain("\"title\"");
		assertThat((String) read(spaced, "$.citation")).isEqualTo("Spaced Wire, June 1, 2025");
		String etag = spaced.getHeader(HttpHeaders.ETAG);
		int revisions = ((List<?>) read(this.api.get(uri + "/revisions"), "$.items")).size();
		MockHttpServletResponse same = this.api.patch(uri, "*", "{\"summary\": \"A short wire report. \"}");
		assertThat(same.getStatus()).isEqualTo(200);
		assertThat(same.getHeader(HttpHeaders.ETAG)).isEqualTo(etag);
		assertThat((List<?>) read(this.api.get(uri + "/revisions"), "$.items")).hasSize(revisions);
	}

	@Test
	void aSourceCitesEachOutletOnce() throws Exception {
		String uri = "/api/v1/sources/" + newSource("2025-06-01", null);
		MockHttpServletResponse twice = this.api.patch(uri, "*", """
				{"citations": [{"name": "Xinhua", "kind": "state-media"}, {"name": "Reuters", "kind": "news-outlet"},
				 {"name": " XINHUA ", "kind": "state-media"}]}""");
		assertThat(twice.getStatus()).as(twice.getContentAsString()).isEqualTo(400);
		assertThat((List<String>) read(twice, "$.errors[*].field")).containsExactly("citations[2]");
		assertThat((List<String>) read(twice, "$.errors[*].message")).containsExactly("citations[2] repeats citations[0]");
		assertThat((List<?>) read(this.api.get(uri), "$.citations")).isEmpty();
		MockHttpServletResponse kinds = this.api.patch(uri, "*", """
				{"citations": [{"name": "Xinhua", "kind": "state-media"}, {"name": "Xinhua", "kind": "social-media"}]}""");
		assertThat(kinds.getStatus()).as(kinds.getContentAsString()).isEqualTo(200);
	}

	private String newEvent() throws Exception {
		String slug = "edge-event-" + counter.incrementAndGet();
		created(this.api.post("/api/v1/events", """
				{"slug": "%s", "title": "Follow-up call", "summary": "Negotiators spoke again.", "kind": "call",
				 "date": {"start": "2025-06-11", "precision": "mid-month"}}""".formatted(slug)));
		return slug;
	}

	private String newFigure() throws Exception {
		String slug = "edge-figure-" + counter.incrementAndGet();
		created(this.api.post("/api/v1/figures", """
				{"slug": "%s", "label": "A figure", "amount": 90, "unit": "days",
				 "period": {"start": "2025-05-01", "end": "2025-05-31"}}""".formatted(slug)));
		return slug;
	}

	private String newActor() throws Exception {
		String slug = "edge-actor-" + counter.incrementAndGet();
		created(this.api.post("/api/v1/actors", """
				{"slug": "%s", "name": "An envoy", "kind": "person", "title": "Envoy"}""".formatted(slug)));
		return slug;
	}

	private long newSource(String publishedOn, String precision) throws Exception {
		int n = counter.incrementAndGet();
		MockHttpServletResponse response = created(this.api.post("/api/v1/sources", """
				{"fileName": "edge-%d.txt", "outlet": "Example Wire", "summary": "A short wire report.",
				 "sha256": "%064x", "publishedOn": "%s"%s}""".formatted(n, n + 0xed9e000L, publishedOn,
				(precision != null) ? ", \"publishedPrecision\": \"" + precision + "\"" : "")));
		return ((Number) JsonPath.read(response.getContentAsString(), "$.id")).longValue();
	}

	private static MockHttpServletResponse created(MockHttpServletResponse response) throws Exception {
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
		assertThat(response.getHeader(HttpHeaders.LOCATION)).isNotNull();
		return response;
	}

}
