package org.tradeline.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.tradeline.support.Api;
import org.tradeline.support.ApiTest;
import org.tradeline.support.Editors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tradeline.support.OpenApiContract.conforms;
import static org.tradeline.support.Problems.invalidParameter;

/**
 * Actors, figures and sources sync as events do: what changed since an instant, in the order of
 * change, deleted ones as tombstones naming them by slug (or id, for sources) when asked, paged by
 * the next link. A context of its own: it counts every change.
 */
@ApiTest
@TestPropertySource(properties = "tradeline.test.context=collection-sync")
class CollectionSyncApiTest {

	private static final Pattern NEXT = Pattern.compile("<http://localhost([^>]+)>;\\s*rel=\"next\"");

	@Autowired
	MockMvc mvc;

	Api api;

	@BeforeEach
	void editor() throws Exception {
		this.api = new Api(this.mvc, Editors.editor(this.mvc, "collection-sync-" + System.nanoTime()));
	}

	@Test
	void actorsSyncInTheOrderOfChangeWithTombstonesAndNextLinks() throws Exception {
		Instant t0 = Instant.now();
		created(this.api.post("/api/v1/actors", "{\"slug\": \"sync-actor-a\", \"name\": \"A\", \"kind\": \"person\"}"));
		created(this.api.post("/api/v1/actors", "{\"slug\": \"sync-actor-b\", \"name\": \"B\", \"kind\": \"person\"}"));
		String a = "/api/v1/actors/sync-actor-a";
		assertThat(this.api.patch(a, this.api.etag(a), "{\"name\": \"A, renamed\"}").getStatus()).isEqualTo(200);
		delete("/api/v1/actors/sync-actor-b");

		assertThat(items("/api/v1/actors?updatedSince=" + t0)).extracting(row -> row.get("slug"))
			.containsExactly("sync-actor-a");
		List<Map<String, Object>> all = new ArrayList<>();
		String next = "/api/v1/actors?includeDeleted=true&size=1&updatedSince=" + t0;
		for (int pages = 0; pages < 5 && next != null; pages++) {
			MvcResult page = page(next);
			List<Map<String, Object>> items = JsonPath.read(body(page), "$.items");
			all.addAll(items);
			next = items.isEmpty() ? null : next(page);
		}
		assertThat(all).extracting(row -> row.get("slug")).containsExactly("sync-actor-a", "sync-actor-b");
		assertThat(all.get(0).get("name")).isEqualTo("A, renamed");
		assertThat(all.get(1)).containsOnlyKeys("slug", "deletedAt", "updatedAt");
	}

	@Test
	void figuresAndSourcesListTheirTombstonesBySlugAndById() throws Exception {
		Instant t0 = Instant.now();
		created(this.api.post("/api/v1/figures", """
				{"slug": "sync-figure", "label": "A figure", "amount": 12.5, "unit": "percent", "event": "london-talks"}"""));
		delete("/api/v1/figures/sync-figure");
		List<Map<String, Object>> figures = items("/api/v1/figures?includeDeleted=true&updatedSince=" + t0);
		assertThat(figures).extracting(row -> row.get("slug")).containsExactly("sync-figure");
		assertThat(figures.get(0)).containsOnlyKeys("slug", "deletedAt", "updatedAt");
		assertThat(items("/api/v1/figures?updatedSince=" + t0)).isEmpty();

		String source = """
				{"fileName": "%s", "title": "Wire report", "outlet": "Example Wire", "summary": "A short wire report.",
				 "sha256": "%s", "citations": [], "claims": []}""";
		int kept = JsonPath.read(created(this.api.post("/api/v1/sources", source.formatted("sync-kept.txt",
				"d".repeat(64)))), "$.id");
		int gone = JsonPath.read(created(this.api.post("/api/v1/sources", source.formatted("sync-gone.txt",
				"e".repeat(64)))), "$.id");
		delete("/api/v1/sources/" + gone);
		List<Map<String, Object>> sources = items("/api/v1/sources?includeDeleted=true&updatedSince=" + t0);
		assertThat(sources).extracting(row -> row.get("id")).containsExactly(kept, gone);
		assertThat(sources.get(0).get("fileName")).isEqualTo("sync-kept.txt");
		assertThat(sources.get(1)).containsOnlyKeys("id", "deletedAt", "updatedAt");
	}

	/** As an event's row does, every row says when it last changed: its place in the sync order. */
	@Test
	void rowsCarryTheInstantOfTheirLastChange() throws Exception {
		Instant t0 = Instant.now();
		created(this.api.post("/api/v1/actors", "{\"slug\": \"sync-dated-actor\", \"name\": \"A\", \"kind\": \"person\"}"));
		created(this.api.post("/api/v1/figures", """
				{"slug": "sync-dated-figure", "label": "A figure", "amount": 3, "unit": "percent"}"""));
		int source = JsonPath.read(created(this.api.post("/api/v1/sources", """
				{"fileName": "sync-dated.txt", "outlet": "Example Wire", "summary": "A short wire report.",
				 "sha256": "%s", "citations": []}""".formatted("f".repeat(64)))), "$.id");
		String actor = "/api/v1/actors/sync-dated-actor";
		Instant created = Instant.parse((String) only(items("/api/v1/actors?updatedSince=" + t0)).get("updatedAt"));
		assertThat(created).isAfterOrEqualTo(t0.truncatedTo(ChronoUnit.MICROS));
		assertThat(this.api.patch(actor, this.api.etag(actor), "{\"name\": \"B\"}").getStatus()).isEqualTo(200);

		for (String list : List.of("/api/v1/actors", "/api/v1/figures", "/api/v1/sources")) {
			List<Map<String, Object>> rows = items(list + "?updatedSince=" + t0);
			assertThat(rows).as(list).hasSize(1);
			assertThat(Instant.parse((String) rows.get(0).get("updatedAt"))).as(list).isAfterOrEqualTo(created);
			// The plain list shows the same instant, as the events list does.
			assertThat(items(list + "?size=100")).as(list)
				.allSatisfy(row -> assertThat(row).containsKey("updatedAt"))
				.anySatisfy(row -> assertThat(row.get("updatedAt")).isEqualTo(rows.get(0).get("updatedAt")));
		}
		Instant renamed = Instant.parse((String) only(items("/api/v1/actors?updatedSince=" + t0)).get("updatedAt"));
		assertThat(renamed).as("a rename is a change").isAfter(created);
		assertThat((Integer) only(items("/api/v1/sources?updatedSince=" + t0)).get("id")).isEqualTo(source);
	}

	@Test
	void refusesBadSyncParametersOnEveryCollection() throws Exception {
		for (String list : List.of("/api/v1/actors", "/api/v1/figures", "/api/v1/sources")) {
			this.mvc.perform(get(list + "?updatedSince=2025-06-10")).andExpect(invalidParameter("updatedSince"));
			this.mvc.perform(get(list + "?updatedSince=2999-01-01T00:00:00Z")).andExpect(invalidParameter("updatedSince"));
			this.mvc.perform(get(list + "?includeDeleted=maybe&updatedSince=2025-06-10T00:00:00Z"))
				.andExpect(invalidParameter("includeDeleted"));
			this.mvc.perform(get(list + "?after=2025-06-10T00:00:00Z~1")).andExpect(invalidParameter("after"));
		}
	}

	private static Map<String, Object> only(List<Map<String, Object>> rows) {
		assertThat(rows).hasSize(1);
		return rows.get(0);
	}

	/** The created resource's body. */
	private static String created(MockHttpServletResponse response) throws Exception {
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	private void delete(String uri) throws Exception {
		assertThat(this.api.delete(uri, this.api.etag(uri)).getStatus()).isEqualTo(204);
	}

	private List<Map<String, Object>> items(String uri) throws Exception {
		return JsonPath.read(body(page(uri)), "$.items");
	}

	private MvcResult page(String uri) throws Exception {
		return this.mvc.perform(get(uri)).andExpect(status().isOk()).andExpect(conforms()).andReturn();
	}

	private static String next(MvcResult page) {
		Matcher matcher = NEXT.matcher(String.valueOf(page.getResponse().getHeader("Link")));
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	private static String body(MvcResult page) throws Exception {
		return page.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
