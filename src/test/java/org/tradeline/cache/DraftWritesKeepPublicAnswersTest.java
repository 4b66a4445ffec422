package org.tradeline.cache;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.tradeline.support.Api;
import org.tradeline.support.ApiTest;
import org.tradeline.support.Editors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The answers kept for anonymous readers show no draft, so writes that touch drafts alone (a draft
 * claim about a published event, a draft event, a draft source, an edit of a draft) leave them in
 * the read cache; a token holder reads those drafts at once, and a write that publishes one drops
 * the answers that now show it.
 */
@ApiTest
@TestPropertySource(properties = "tradeline.test.context=writes")
class DraftWritesKeepPublicAnswersTest {

	private static final String EVENT = "/api/v1/events/kept-answer-talks";

	private static final String LIST = "/api/v1/events?size=100";

	@Autowired
	MockMvc mvc;

	@Autowired
	ReadCacheFilter readCache;

	@Test
	void draftOnlyWritesLeaveCachedPublicAnswersAndPublishingRefreshesThem() throws Exception {
		Api api = new Api(this.mvc, Editors.editor(this.mvc, "kept-answers"));
		long source = created(api.post("/api/v1/sources", """
				{"fileName": "kept-answers.txt", "outlet": "Wire", "summary": "A wire report.",
				 "publishedOn": "2025-06-21", "publishedPrecision": "day", "sha256": "%s", "citations": []}"""
			.formatted("7c39".repeat(16))));
		assertCreated(api.post("/api/v1/events", """
				{"slug": "kept-answer-talks", "title": "Talks", "summary": "Negotiators met.", "kind": "talks",
				 "date": {"start": "2025-06-20", "precision": "day"}, "topics": ["tariffs"]}"""));
		String event = anonymous(EVENT, false);
		String list = anonymous(LIST, false);
		assertThat(anonymous(EVENT, true)).isEqualTo(event);

		long draftClaim = created(api.post("/api/v1/claims", """
				{"source": %d, "subject": {"type": "event", "slug": "kept-answer-talks"}, "attribute": "location",
				 "value": "Lausanne", "valueLabel": "Lausanne", "excerpt": "It says Lausanne.", "state": "draft"}"""
			.formatted(source)));
		assertCreated(api.post("/api/v1/events", """
				{"slug": "kept-answer-draft", "title": "Draft talks", "summary": "Not yet.", "kind": "talks",
				 "date": {"start": "2025-06-22", "precision": "day"}, "topics": ["tariffs"], "state": "draft"}"""));
		String draft = "/api/v1/events/kept-answer-draft";
		assertThat(api.patch(draft, api.editorEtag(draft), "{\"summary\": \"Still not yet.\"}").getStatus())
			.isEqualTo(200);
		created(api.post("/api/v1/sources", """
				{"fileName": "kept-answers-draft.txt", "outlet": "Wire", "summary": "Under review.",
				 "publishedOn": "2025-06-21", "publishedPrecision": "day", "sha256": "%s", "citations": [],
				 "state": "draft"}""".formatted("8d4a".repeat(16))));

		assertThat(anonymous(EVENT, true)).as("the event, replayed").isEqualTo(event).doesNotContain("Lausanne");
		assertThat(anonymous(LIST, true)).as("the list, replayed").isEqualTo(list).doesNotContain("kept-answer-draft");
		// A token is never answered from the read cache: it reads the drafts at once.
		assertThat(api.get(EVENT + "?state=all").getContentAsString()).contains("Lausanne");
		assertThat(api.get("/api/v1/events?size=100&state=all").getContentAsString()).contains("kept-answer-draft");

		String claim = "/api/v1/claims/" + draftClaim;
		assertThat(api.patch(claim, api.editorEtag(claim), "{\"state\": \"published\"}").getStatus()).isEqualTo(200);
		assertThat(anonymous(EVENT, false)).as("the event, recomputed").contains("Lausanne");
		assertThat(api.patch(draft, api.editorEtag(draft), "{\"state\": \"published\"}").getStatus()).isEqualTo(200);
		assertThat(anonymous(LIST, false)).as("the list, recomputed").contains("kept-answer-draft");
	}

	/** An anonymous read's body, checking whether the read cache answered it. */
	private String anonymous(String uri, boolean fromCache) throws Exception {
		long hits = this.readCache.hits();
		long misses = this.readCache.misses();
		MockHttpServletResponse response = this.mvc
			.perform(get(uri))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(uri).isEqualTo(200);
		assertThat(this.readCache.hits() - hits).as("%s answered from the read cache", uri).isEqualTo(fromCache ? 1 : 0);
		assertThat(this.readCache.misses() - misses).as("%s computed", uri).isEqualTo(fromCache ? 0 : 1);
		return response.getContentAsString();
	}

	private static long created(MockHttpServletResponse response) throws Exception {
		assertCreated(response);
		return ((Number) Api.read(response, "$.id")).longValue();
	}

	private static void assertCreated(MockHttpServletResponse response) throws Exception {
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
	}

}
