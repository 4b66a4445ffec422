package org.tradeline.event;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import static org.tradeline.support.HttpDates.afterTheSecondOf;

/**
 * A client mirroring the timeline: {@code updatedSince} lists exactly what changed, in the order of
 * the last change, deleted events as tombstones when asked, and the next links page through it while
 * writes happen without losing or repeating a row. A context of its own: it counts every change.
 */
@ApiTest
@TestPropertySource(properties = "tradeline.test.context=sync")
class EventSyncApiTest {

	private static final Pattern NEXT = Pattern.compile("<([^>]+)>;\\s*rel=\"next\"");

	@Autowired
	MockMvc mvc;

	Api api;

	@BeforeEach
	void editor() throws Exception {
		this.api = new Api(this.mvc, Editors.editor(this.mvc, "sync-editor-" + System.nanoTime()));
	}

	@Test
	void listsExactlyWhatChangedSinceInTheOrderOfChangeWithTombstonesWhenAsked() throws Exception {
		Instant t0 = Instant.now();
		create("sync-a");
		create("sync-b");
		create("sync-c");
		create("sync-d");
		retitle("sync-b", "Follow-up call, rescheduled");
		delete("sync-c");
		delete("sync-d");
		assertThat(this.api.post("/api/v1/events/sync-d/restore", "").getStatus()).isEqualTo(200);
		// A claim about an event is a change to it: it moves to the end.
		assertThat(this.api.post("/api/v1/claims", EventWriteApiTest.claim(1, "sync-a", "Geneva")).getStatus())
			.isEqualTo(201);

		List<Map<String, Object>> live = items(page("/api/v1/events?updatedSince=" + t0));
		assertThat(live).extracting(row -> row.get("slug")).containsExactly("sync-b", "sync-d", "sync-a");
		assertThat(live.get(0).get("title")).isEqualTo("Follow-up call, rescheduled");
		assertThat(live.get(2).get("claimCount")).isEqualTo(1);
		assertThat(live).allSatisfy(row -> assertThat(row).doesNotContainKey("deletedAt"));
		assertAscending(live);

		List<Map<String, Object>> all = items(page("/api/v1/events?includeDeleted=true&updatedSince=" + t0));
		assertThat(all).extracting(row -> row.get("slug")).containsExactly("sync-b", "sync-c", "sync-d", "sync-a");
		Map<String, Object> tombstone = all.get(1);
		assertThat(tombstone).containsOnlyKeys("slug", "deletedAt", "updatedAt");
		assertThat(Instant.parse((String) tombstone.get("deletedAt"))).isAfter(t0);
		assertAscending(all);

		// Changed before t0 (the seed): not listed; in the future: refused.
		assertThat(items(page("/api/v1/events?updatedSince=" + Instant.now()))).isEmpty();
	}

	@Test
	void pagingByTheNextLinkWhileWritesHappenNeitherLosesNorRepeatsARow() throws Exception {
		Instant t0 = Instant.now();
		for (String slug : List.of("page-a", "page-b", "page-c", "page-d", "page-e")) {
			create(slug);
		}
		delete("page-c");
		List<Map<String, Object>> received = new ArrayList<>();

		// In the order of change: a, b, d, e, then c (its deletion is its last change).
		MvcResult first = page("/api/v1/events?includeDeleted=true&size=2&updatedSince=" + t0);
		received.addAll(items(first));
		assertThat(JsonPath.<Integer>read(body(first), "$.totalItems")).isEqualTo(5);
		// Between pages: a row already received changes (it leaves its place, so a page offset would
		// now skip d), a seed event changes, a new event comes.
		retitle("page-a", "Page A, edited");
		MvcResult second = follow(first);
		received.addAll(items(second));
		retitle("geneva-talks", "Geneva talks, edited while a client pages");
		create("page-f");
		String link = next(second);
		MvcResult page = second;
		for (int pages = 0; pages < 10 && !items(page).isEmpty(); pages++) {
			page = follow(page);
			received.addAll(items(page));
		}
		// Up to date: the last page is empty, and its next link is the one to poll later.
		assertThat(items(page)).isEmpty();
		assertThat(link).isNotEqualTo(next(page));

		assertThat(received).extracting(row -> row.get("slug"))
			.containsExactly("page-a", "page-b", "page-d", "page-e", "page-c", "page-a", "geneva-talks", "page-f");
		Set<String> versions = new HashSet<>();
		received.forEach(row -> assertThat(versions.add(row.get("slug") + "@" + row.get("updatedAt"))).isTrue());
		assertAscending(received);
		// A row comes again only as its newer version.
		assertThat(received.get(5).get("title")).isEqualTo("Page A, edited");
		assertThat(received.get(4)).containsOnlyKeys("slug", "deletedAt", "updatedAt");
		// Nothing changed since: polling the kept link later answers nothing new.
		assertThat(items(follow(page))).isEmpty();
	}

	@Test
	void rowsChangedAtTheSameInstantArePagedOnceEachByTheirId() throws Exception {
		// The seed's events share the instant their migration stamped them with.
		List<Map<String, Object>> received = new ArrayList<>();
		MvcResult page = page("/api/v1/events?size=3&updatedSince=1970-01-01T00:00:00Z");
		int total = JsonPath.read(body(page), "$.totalItems");
		for (int pages = 0; pages < 100 && !items(page).isEmpty(); pages++) {
			received.addAll(items(page));
			page = follow(page);
		}
		assertThat(received).hasSize(total);
		assertThat(received).extracting(row -> row.get("slug")).doesNotHaveDuplicates();
		long instants = received.stream().map(row -> row.get("updatedAt")).distinct().count();
		assertThat(instants).as("rows sharing an instant").isLessThan(received.size());
	}

	@Test
	void aKeptSyncAnswerIsDroppedByAClaimAboutAnEventOutsideItAndByADelete() throws Exception {
		Instant t0 = Instant.now();
		create("kept-a");
		String uri = "/api/v1/events?includeDeleted=true&updatedSince=" + t0;
		assertThat(items(page(uri))).extracting(row -> row.get("slug")).containsExactly("kept-a");
		assertThat(items(page(uri))).hasSize(1);
		// A seed event the kept answer never showed: a claim about it brings it in.
		assertThat(this.api.post("/api/v1/claims", EventWriteApiTest.claim(2, "xi-trump-call", "Beijing")).getStatus())
			.isEqualTo(201);
		assertThat(items(page(uri))).extracting(row -> row.get("slug")).containsExactly("kept-a", "xi-trump-call");
		delete("kept-a");
		List<Map<String, Object>> rows = items(page(uri));
		assertThat(rows).extracting(row -> row.get("slug")).containsExactly("xi-trump-call", "kept-a");
		assertThat(rows.get(1)).containsKey("deletedAt");
	}

	@Test
	void aDraftIsNoRowCountOrTombstoneAndAnEventLeavingThePublicViewIsATombstone() throws Exception {
		Instant t0 = Instant.now();
		create("seen-then-deleted");
		delete("seen-then-deleted");
		create("seen-then-drafted");
		String uri = "/api/v1/events/seen-then-drafted";
		assertThat(this.api.patch(uri, this.api.etag(uri), "{\"state\": \"draft\"}").getStatus()).isEqualTo(200);
		String draft = EventWriteApiTest.NEW_EVENT.formatted("never-seen-draft").replaceFirst("\\}\\s*$",
				", \"state\": \"draft\"}");
		assertThat(this.api.post("/api/v1/events", draft).getStatus()).isEqualTo(201);
		String draftUri = "/api/v1/events/never-seen-draft";
		assertThat(this.api.delete(draftUri, this.api.editorEtag(draftUri)).getStatus()).isEqualTo(204);
		create("seen-and-live");

		MvcResult live = page("/api/v1/events?size=1&updatedSince=" + t0);
		assertThat(items(live)).extracting(row -> row.get("slug")).containsExactly("seen-and-live");
		assertThat(JsonPath.<Integer>read(body(live), "$.totalItems")).isEqualTo(1);

		MvcResult all = page("/api/v1/events?includeDeleted=true&updatedSince=" + t0);
		assertThat(items(all)).extracting(row -> row.get("slug"))
			.containsExactly("seen-then-deleted", "seen-then-drafted", "seen-and-live");
		assertThat(JsonPath.<Integer>read(body(all), "$.totalItems")).isEqualTo(3);
		Map<String, Object> unpublished = items(all).get(1);
		assertThat(unpublished).containsOnlyKeys("slug", "deletedAt", "updatedAt");
		assertThat(unpublished.get("deletedAt")).isEqualTo(unpublished.get("updatedAt"));
		assertThat(body(all)).doesNotContain("never-seen-draft");

		String feed = this.mvc.perform(get("/api/v1/exports/changes.atom"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(feed).contains("seen-then-deleted", "seen-then-drafted", "seen-and-live")
			.doesNotContain("never-seen-draft");
	}

	/**
	 * An edit of an event the public saw, then took back to draft, is an edit of a draft: its
	 * tombstone keeps when it was unpublished and its place in the sync, the change feed stays, and so
	 * does the public Last-Modified. So does an edit of a draft never published.
	 */
	@Test
	void anEditOfAnEventTakenBackToDraftOrAClaimAboutItLeavesItsTombstoneTheFeedAndThePublicDate() throws Exception {
		Instant t0 = Instant.now();
		create("drafted-then-edited");
		String uri = "/api/v1/events/drafted-then-edited";
		// The unpublication, alone in its second, is the public change a reader's copy is dated by.
		afterTheSecondOf(Instant.now());
		assertThat(this.api.patch(uri, this.api.etag(uri), "{\"state\": \"draft\"}").getStatus()).isEqualTo(200);
		String draft = EventWriteApiTest.NEW_EVENT.formatted("never-published-edited").replaceFirst("\\}\\s*$",
				", \"state\": \"draft\"}");
		assertThat(this.api.post("/api/v1/events", draft).getStatus()).isEqualTo(201);
		String sync = "/api/v1/events?includeDeleted=true&updatedSince=" + t0;
		Map<String, Object> tombstone = only(items(page(sync)));
		assertThat(tombstone).containsEntry("slug", "drafted-then-edited").containsKey("deletedAt");
		String feed = feed().getContentAsString(StandardCharsets.UTF_8);
		assertThat(feed).contains("<at:deleted-entry ref=\"urn:tradeline:event:drafted-then-edited\"");
		String publicDate = this.mvc.perform(get("/api/v1/events")).andReturn().getResponse().getHeader("Last-Modified");
		assertThat(publicDate).isNotNull();

		// Edits in a later second than the public date: were they public, it would move.
		Instant edited = Instant.now();
		afterTheSecondOf(edited);
		for (String edit : List.of("{\"topics\": [\"tariffs\"]}", "{\"title\": \"Follow-up call, rewritten\"}")) {
			for (String draftUri : List.of(uri, "/api/v1/events/never-published-edited")) {
				assertThat(this.api.patch(draftUri, "*", edit).getStatus()).as("%s %s", draftUri, edit).isEqualTo(200);
			}
		}
		// And a published claim about each: the public sees no claim about a draft.
		for (String slug : List.of("drafted-then-edited", "never-published-edited")) {
			assertThat(this.api.post("/api/v1/claims", """
					{"source": 1, "subject": {"type": "event", "slug": "%s"}, "attribute": "location",
					 "value": "Oslo", "valueLabel": "Oslo", "excerpt": "in Oslo"}""".formatted(slug)).getStatus())
				.as(slug)
				.isEqualTo(201);
		}
		assertThat(JsonPath.<String>read(this.api.get(uri + "?state=all").getContentAsString(StandardCharsets.UTF_8),
				"$.title")).isEqualTo("Follow-up call, rewritten");

		assertThat(only(items(page(sync)))).isEqualTo(tombstone);
		assertThat(items(page("/api/v1/events?includeDeleted=true&updatedSince=" + edited))).isEmpty();
		assertThat(feed().getContentAsString(StandardCharsets.UTF_8)).isEqualTo(feed);
		for (String read : List.of("/api/v1/events", "/api/v1/exports/changes.atom")) {
			MockHttpServletResponse answer = this.mvc.perform(get(read).header("If-Modified-Since", publicDate))
				.andReturn()
				.getResponse();
			assertThat(answer.getStatus()).as(read).isEqualTo(304);
			assertThat(answer.getHeader("Last-Modified")).as(read).isEqualTo(publicDate);
		}
	}

	@Test
	void refusesBadSyncParametersNamingThem() throws Exception {
		String since = "updatedSince=2025-06-10T00:00:00Z";
		this.mvc.perform(get("/api/v1/events?updatedSince=2025-06-10")).andExpect(invalidParameter("updatedSince"));
		this.mvc.perform(get("/api/v1/events?updatedSince=yesterday")).andExpect(invalidParameter("updatedSince"));
		// RFC 3339 has seconds, a T and an offset in hours and minutes; ISO 8601's other forms are not it.
		for (String notRfc3339 : List.of("2025-06-10T00:00Z", "2025-06-10T00:00:00-01:00:30", "2025-06-10T00:00:00",
				"2025-06-10T00:00:00.1234567891Z", "+2025-06-10T00:00:00Z")) {
			this.mvc.perform(get("/api/v1/events?updatedSince=" + notRfc3339))
				.andExpect(invalidParameter("updatedSince"));
		}
		this.mvc.perform(get("/api/v1/events?updatedSince=2999-01-01T00:00:00Z"))
			.andExpect(invalidParameter("updatedSince"));
		this.mvc.perform(get("/api/v1/events?includeDeleted=maybe&" + since))
			.andExpect(invalidParameter("includeDeleted"));
		this.mvc.perform(get("/api/v1/events?includeDeleted=true")).andExpect(invalidParameter("includeDeleted"));
		this.mvc.perform(get("/api/v1/events?after=x~1&" + since)).andExpect(invalidParameter("after"));
		this.mvc.perform(get("/api/v1/events?after=2025-06-10T00:00:00Z~1")).andExpect(invalidParameter("after"));
		this.mvc.perform(get("/api/v1/events?topic=tariffs&" + since)).andExpect(invalidParameter("topic"));
		this.mvc.perform(get("/api/v1/events?sort=title&" + since)).andExpect(invalidParameter("sort"));
		this.mvc.perform(get("/api/v1/events?page=1&" + since)).andExpect(invalidParameter("page"));
		this.mvc.perform(get("/api/v1/events?size=101&" + since)).andExpect(invalidParameter("size"));
	}

	/**
	 * An event's detail says when it last changed: the instant of its row in the list, which an edit
	 * moves, and the answer to the edit says so already.
	 */
	@Test
	void theDetailCarriesTheUpdatedAtOfItsRow() throws Exception {
		Instant t0 = Instant.now();
		create("sync-dated-detail");
		String uri = "/api/v1/events/sync-dated-detail";
		Object created = only(items(page("/api/v1/events?updatedSince=" + t0))).get("updatedAt");
		assertThat(created).isNotNull();
		assertThat(JsonPath.<Object>read(body(page(uri)), "$.updatedAt")).isEqualTo(created);

		MockHttpServletResponse edited = this.api.patch(uri, this.api.etag(uri), "{\"title\": \"Dated, edited\"}");
		assertThat(edited.getStatus()).isEqualTo(200);
		Object updated = Api.read(edited, "$.updatedAt");
		assertThat(Instant.parse((String) updated)).isAfter(Instant.parse((String) created));
		assertThat(JsonPath.<Object>read(body(page(uri)), "$.updatedAt")).isEqualTo(updated);
		assertThat(only(items(page("/api/v1/events?updatedSince=" + t0))).get("updatedAt")).isEqualTo(updated);
	}

	private void create(String slug) throws Exception {
		assertThat(this.api.post("/api/v1/events", EventWriteApiTest.NEW_EVENT.formatted(slug)).getStatus())
			.isEqualTo(201);
	}

	private void retitle(String slug, String title) throws Exception {
		String uri = "/api/v1/events/" + slug;
		assertThat(this.api.patch(uri, this.api.etag(uri), "{\"title\": \"" + title + "\"}").getStatus())
			.isEqualTo(200);
	}

	private void delete(String slug) throws Exception {
		String uri = "/api/v1/events/" + slug;
		assertThat(this.api.delete(uri, this.api.etag(uri)).getStatus()).isEqualTo(204);
	}

	private MockHttpServletResponse feed() throws Exception {
		return this.mvc.perform(get("/api/v1/exports/changes.atom")).andExpect(status().isOk()).andReturn().getResponse();
	}

	private MvcResult page(String uri) throws Exception {
		return this.mvc.perform(get(uri)).andExpect(status().isOk()).andExpect(conforms()).andReturn();
	}

	/** The next link, absolute, followed as a client would. */
	private MvcResult follow(MvcResult page) throws Exception {
		String next = next(page);
		assertThat(next).startsWith("http://localhost/api/v1/events?");
		return page(next.substring("http://localhost".length()));
	}

	private static String next(MvcResult page) {
		String link = page.getResponse().getHeader("Link");
		assertThat(link).isNotNull();
		Matcher matcher = NEXT.matcher(link);
		assertThat(matcher.find()).as(link).isTrue();
		return matcher.group(1);
	}

	private static Map<String, Object> only(List<Map<String, Object>> rows) {
		assertThat(rows).hasSize(1);
		return rows.get(0);
	}

	private static List<Map<String, Object>> items(MvcResult page) throws Exception {
		return JsonPath.read(body(page), "$.items");
	}

	private static String body(MvcResult page) throws Exception {
		MockHttpServletResponse response = page.getResponse();
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	private static void assertAscending(List<Map<String, Object>> rows) {
		for (int i = 1; i < rows.size(); i++) {
			assertThat(Instant.parse((String) rows.get(i).get("updatedAt")))
				.isAfterOrEqualTo(Instant.parse((String) rows.get(i - 1).get("updatedAt")));
		}
	}

}
