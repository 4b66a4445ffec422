package org.tradeline.export;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.io.SyndFeedInput;
import org.jdom2.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.tradeline.support.Api;
import org.tradeline.support.ApiTest;
import org.tradeline.support.Editors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tradeline.support.OpenApiContract.conforms;
import static org.tradeline.support.Problems.invalidParameter;

/**
 * The change feed as a feed reader pages it (RFC 5005), read with a real Atom parser: the next links
 * lead through every event once, a write between pages changes nothing already paged past, and a
 * deleted event is announced as an RFC 6721 deleted entry. A context of its own: it deletes.
 */
@ApiTest
@TestPropertySource(properties = "tradeline.test.context=atom-paging")
class AtomPagingApiTest {

	private static final String EVENT = """
			{"slug": "%s", "title": "Follow-up call", "summary": "Negotiators spoke again.", "kind": "call",
			 "date": {"start": "2025-06-11", "precision": "mid-month"}, "topics": ["tariffs"], "participants": []}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	Api api;

	@BeforeEach
	void editor() throws Exception {
		this.api = new Api(this.mvc, Editors.editor(this.mvc, "feed-editor-" + System.nanoTime()));
	}

	@Test
	void followsNextLinksToTheEndCountingEveryEventOnceAndAnnouncesTheDeletedOne() throws Exception {
		create("feed-kept");
		create("feed-deleted");
		String uri = "/api/v1/events/feed-deleted";
		assertThat(this.api.delete(uri, this.api.etag(uri)).getStatus()).isEqualTo(204);
		int live = JsonPath.read(this.api.anonymousGet("/api/v1/events?size=1").getContentAsString(), "$.totalItems");

		List<String> entries = new ArrayList<>();
		List<Element> deletions = new ArrayList<>();
		String next = "http://localhost/api/v1/exports/changes.atom?topic=tariffs&size=4";
		SyndFeed page = null;
		int pages = 0;
		for (; next != null && pages < 50; pages++) {
			page = feed(next);
			assertThat(link(page, "first")).isEqualTo("http://localhost/api/v1/exports/changes.atom?topic=tariffs&size=4");
			assertThat(link(page, "self")).isEqualTo(next);
			assertThat(page.getEntries().size() + deletionsOf(page).size()).isLessThanOrEqualTo(4);
			page.getEntries().stream().map(SyndEntry::getUri).forEach(entries::add);
			deletions.addAll(deletionsOf(page));
			if (pages == 0) {
				// A new event after the first page goes to the first page, not into one still to come.
				create("feed-created-while-paging");
			}
			next = link(page, "next");
		}
		assertThat(pages).isGreaterThan(1);
		int tariffs = JsonPath.read(this.api.anonymousGet("/api/v1/events?topic=tariffs&size=1").getContentAsString(),
				"$.totalItems");
		assertThat(entries).doesNotHaveDuplicates()
			.hasSize(tariffs - 1)
			.contains("urn:tradeline:event:feed-kept")
			.doesNotContain("urn:tradeline:event:feed-deleted", "urn:tradeline:event:feed-created-while-paging");
		assertThat(deletions).extracting(d -> d.getAttributeValue("ref")).containsExactly("urn:tradeline:event:feed-deleted");
		assertThat(deletions.get(0).getAttributeValue("when")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
		assertThat(deletions.get(0).getNamespaceURI()).isEqualTo(AtomFeed.TOMBSTONES);

		// Unfiltered, the pages hold every live event once.
		List<String> all = new ArrayList<>();
		for (next = "http://localhost/api/v1/exports/changes.atom?size=7"; next != null;) {
			page = feed(next);
			page.getEntries().stream().map(SyndEntry::getUri).forEach(all::add);
			next = link(page, "next");
		}
		assertThat(all).doesNotHaveDuplicates().hasSize(live + 1);
	}

	/**
	 * To the public a draft published later is added when it is published, however long it was a
	 * draft: announced as new, published then; a change after that is a change.
	 */
	@Test
	void aDraftPublishedLaterIsNewAndPublishedWhenItBecamePublic() throws Exception {
		String token = "fq" + System.nanoTime();
		String slug = "feed-draft-" + token;
		String uri = "/api/v1/events/" + slug;
		assertThat(this.api.post("/api/v1/events", EVENT.formatted(slug)
			.replace("Follow-up call", "Quiet call " + token)
			.replace("\"participants\": []", "\"participants\": [], \"state\": \"draft\"")).getStatus()).isEqualTo(201);
		// Written an hour before it is published, as an ingested article's event often is.
		this.jdbc.sql("update event set created_at = created_at - interval '1' hour where slug = ?").param(slug).update();
		Instant publishing = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		assertThat(this.api.patch(uri, this.api.editorEtag(uri), "{\"state\": \"published\"}").getStatus())
			.isEqualTo(200);

		SyndEntry entry = onlyEntry(feed("http://localhost/api/v1/exports/changes.atom?q=" + token));
		assertThat(entry.getTitle()).isEqualTo("New: Quiet call " + token);
		assertThat(changeTerms(entry)).containsExactly("new");
		assertThat(entry.getPublishedDate().toInstant()).isAfterOrEqualTo(publishing)
			.isBeforeOrEqualTo(entry.getUpdatedDate().toInstant().plusSeconds(1));

		// Published an hour ago, changed now: a change, still published when it became public.
		this.jdbc.sql("""
				update event_revision set changed_at = changed_at - interval '1' hour
				where action = 'published' and event_id = (select id from event where slug = ?)""").param(slug).update();
		assertThat(this.api.patch(uri, this.api.editorEtag(uri), "{\"summary\": \"Negotiators spoke again, briefly.\"}")
			.getStatus()).isEqualTo(200);
		entry = onlyEntry(feed("http://localhost/api/v1/exports/changes.atom?q=" + token));
		assertThat(entry.getTitle()).isEqualTo("Changed: Quiet call " + token);
		assertThat(changeTerms(entry)).containsExactly("changed");
		assertThat(entry.getPublishedDate().toInstant()).isBefore(publishing.minusSeconds(3000));
	}

	/**
	 * A feed filtered otherwise is another feed, with an id of its own (RFC 4287 4.2.6), however its
	 * filters are written; its pages are one feed (RFC 5005 section 3) and share it.
	 */
	@Test
	void aFeedsIdNamesItsFiltersNotItsPage() throws Exception {
		String base = "http://localhost/api/v1/exports/changes.atom";
		assertThat(feed(base).getUri()).isEqualTo("urn:tradeline:timeline");
		List<String> ids = new ArrayList<>();
		for (String query : List.of("", "?topic=tariffs", "?actor=he-lifeng", "?topic=tariffs&actor=he-lifeng",
				"?kind=call", "?q=talks", "?disputed=true", "?disputed=false", "?from=2025-06-01", "?to=2025-06-01",
				"?asOf=2025-06-10")) {
			ids.add(feed(base + query).getUri());
		}
		assertThat(ids).doesNotHaveDuplicates();
		assertThat(feed(base + "?actor=he-lifeng&sort=title,desc&topic=tariffs&size=1").getUri()).isEqualTo(ids.get(3));
		SyndFeed firstPage = feed(base + "?topic=tariffs&size=2");
		assertThat(firstPage.getUri()).isEqualTo(ids.get(1));
		assertThat(feed(link(firstPage, "next")).getUri()).isEqualTo(ids.get(1));
	}

	@Test
	void refusesABadPageNamingTheParameter() throws Exception {
		this.mvc.perform(get("/api/v1/exports/changes.atom?before=yesterday")).andExpect(invalidParameter("before"));
		this.mvc.perform(get("/api/v1/exports/changes.atom?before=2025-06-10T00:00:00Z~x"))
			.andExpect(invalidParameter("before"));
		this.mvc.perform(get("/api/v1/exports/changes.atom?size=0")).andExpect(invalidParameter("size"));
		this.mvc.perform(get("/api/v1/exports/changes.atom?size=101")).andExpect(invalidParameter("size"));
	}

	private void create(String slug) throws Exception {
		assertThat(this.api.post("/api/v1/events", EVENT.formatted(slug)).getStatus()).isEqualTo(201);
	}

	private SyndFeed feed(String url) throws Exception {
		assertThat(url).startsWith("http://localhost/");
		String atom = this.mvc.perform(get(url.substring("http://localhost".length())))
			.andExpect(status().isOk())
			.andExpect(conforms())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return new SyndFeedInput().build(new StringReader(atom));
	}

	private static SyndEntry onlyEntry(SyndFeed feed) {
		assertThat(feed.getEntries()).hasSize(1);
		return feed.getEntries().get(0);
	}

	/** The entry's categories in the scheme that says whether it is new or changed. */
	private static List<String> changeTerms(SyndEntry entry) {
		return entry.getCategories()
			.stream()
			.filter(c -> "urn:tradeline:change".equals(c.getTaxonomyUri()))
			.map(SyndCategory::getName)
			.toList();
	}

	private static String link(SyndFeed feed, String rel) {
		return feed.getLinks().stream().filter(l -> rel.equals(l.getRel())).map(SyndLink::getHref).findFirst()
			.orElse(null);
	}

	private static List<Element> deletionsOf(SyndFeed feed) {
		return feed.getForeignMarkup().stream().filter(e -> "deleted-entry".equals(e.getName())).toList();
	}

}
