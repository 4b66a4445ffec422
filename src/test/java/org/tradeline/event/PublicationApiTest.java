package org.tradeline.event;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.tradeline.support.Api;
import org.tradeline.support.ApiTest;
import org.tradeline.support.Editors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tradeline.support.OpenApiContract.conforms;
import static org.tradeline.support.Problems.invalidParameter;

/** Editors see drafts when they ask; publishing is a conditional write the revisions record. */
@ApiTest
@TestPropertySource(properties = "tradeline.test.context=publication")
class PublicationApiTest {

	private static final AtomicInteger counter = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	Api api;

	String editor;

	@BeforeEach
	void editor() throws Exception {
		this.editor = "publisher-" + counter.incrementAndGet();
		this.api = new Api(this.mvc, Editors.editor(this.mvc, this.editor));
	}

	private String draft() throws Exception {
		String slug = "draft-" + counter.incrementAndGet();
		MockHttpServletResponse created = this.api.post("/api/v1/events", EventWriteApiTest.NEW_EVENT.formatted(slug)
			.replace("\"participants\"", "\"state\": \"draft\", \"participants\""));
		assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
		assertThat((String) Api.read(created, "$.state")).isEqualTo("draft");
		return slug;
	}

	@Test
	void editorsSeeDraftsWhenTheyAskAndNobodyElseDoes() throws Exception {
		String slug = draft();
		this.mvc.perform(get("/api/v1/events/" + slug)).andExpect(status().isNotFound()).andExpect(conforms());
		this.mvc.perform(get("/api/v1/events?size=100"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].slug", not(hasItem(slug))));

		for (String uri : List.of("/api/v1/events?state=draft", "/api/v1/events?state=all",
				"/api/v1/events/" + slug + "?state=all", "/api/v1/claims/1?state=draft")) {
			this.mvc.perform(get(uri))
				.andExpect(status().isUnauthorized())
				.andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/problem+json"))
				.andExpect(header().exists(HttpHeaders.WWW_AUTHENTICATE))
				.andExpect(conforms());
		}
		this.mvc.perform(get("/api/v1/events?state=draft").header(HttpHeaders.ACCEPT, "text/csv"))
			.andExpect(status().isUnauthorized());

		this.mvc.perform(get("/api/v1/events?state=draft&size=100").with(Editors.bearer(token())))
			.andExpect(status().isOk())
			.andExpect(conforms())
			.andExpect(jsonPath("$.items[*].slug", hasItem(slug)))
			.andExpect(jsonPath("$.items[*].state", not(hasItem("published"))));
		this.mvc.perform(get("/api/v1/events?state=all&size=100").with(Editors.bearer(token())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].slug", hasItem(slug)))
			.andExpect(jsonPath("$.items[*].slug", hasItem("geneva-talks")));
		this.mvc.perform(get("/api/v1/events/" + slug + "?state=all").with(Editors.bearer(token())))
			.andExpect(status().isOk())
			.andExpect(conforms())
			.andExpect(jsonPath("$.state").value("draft"));
		// Asking for the published view of a draft is asking for something the public cannot see.
		this.mvc.perform(get("/api/v1/events/" + slug).with(Editors.bearer(token()))).andExpect(status().isNotFound());

		this.mvc.perform(get("/api/v1/events?state=drafts").with(Editors.bearer(token())))
			.andExpect(invalidParameter("state"))
			.andExpect(conforms());
		this.mvc.perform(get("/api/v1/events?state=draft").header(HttpHeaders.ACCEPT, "text/csv")
			.with(Editors.bearer(token()))).andExpect(invalidParameter("state"));
		MockHttpServletResponse unknown = this.api.post("/api/v1/events", EventWriteApiTest.NEW_EVENT
			.formatted("draft-" + counter.incrementAndGet())
			.replace("\"participants\"", "\"state\": \"pending\", \"participants\""));
		assertThat(unknown.getStatus()).isEqualTo(400);
		assertThat((List<String>) Api.read(unknown, "$.errors[*].field")).containsExactly("state");

		// The public list, cached before and after an editor's view, never shows it.
		this.mvc.perform(get("/api/v1/events?size=100")).andExpect(jsonPath("$.items[*].slug", not(hasItem(slug))));
	}

	@Test
	void publishingIsAConditionalWriteRecordedInTheRevisionsWithItsAuthor() throws Exception {
		String slug = draft();
		String uri = "/api/v1/events/" + slug;
		String stale = this.api.editorEtag(uri);
		assertThat(this.api.patch(uri, stale, "{\"summary\": \"Reviewed.\"}").getStatus()).isEqualTo(200);

		assertThat(this.api.patch(uri, stale, "{\"state\": \"published\"}").getStatus()).isEqualTo(412);
		assertThat(this.api.patch(uri, null, "{\"state\": \"published\"}").getStatus()).isEqualTo(428);
		this.mvc.perform(get(uri)).andExpect(status().isNotFound());

		MockHttpServletResponse published = this.api.patch(uri, this.api.editorEtag(uri), "{\"state\": \"published\"}");
		assertThat(published.getStatus()).as(published.getContentAsString()).isEqualTo(200);
		this.mvc.perform(get(uri)).andExpect(status().isOk()).andExpect(jsonPath("$.state").value("published"));
		this.mvc.perform(get("/api/v1/events?size=100")).andExpect(jsonPath("$.items[*].slug", hasItem(slug)));

		// Publishing what is published changes nothing a reader sees: the same representation and ETag.
		String etag = this.api.etag(uri);
		MockHttpServletResponse again = this.api.patch(uri, etag, "{\"state\": \"published\"}");
		assertThat(again.getStatus()).isEqualTo(200);
		assertThat(this.api.etag(uri)).isEqualTo(etag);

		assertThat(this.api.patch(uri, this.api.etag(uri), "{\"state\": \"draft\"}").getStatus()).isEqualTo(200);
		this.mvc.perform(get(uri)).andExpect(status().isNotFound());

		MockHttpServletResponse revisions = this.api.get(uri + "/revisions?size=100");
		this.mvc.perform(get(uri + "/revisions?size=100").with(Editors.bearer(token()))).andExpect(conforms());
		List<String> actions = Api.read(revisions, "$.items[*].action");
		assertThat(actions).containsSubsequence("created", "updated", "published", "unpublished");
		assertThat((List<String>) Api.read(revisions, "$.items[?(@.action == 'published')].author"))
			.containsExactly(this.editor);
		assertThat((List<List<String>>) Api.read(revisions, "$.items[?(@.action == 'published')].changed"))
			.containsExactly(List.of("state"));
		assertThat((List<String>) Api.read(revisions, "$.items[?(@.action == 'published')].before.state"))
			.containsExactly("draft");
	}

	@Test
	void aDraftClaimIsPublishedThroughItsEventsHistory() throws Exception {
		MockHttpServletResponse created = this.api.post("/api/v1/claims", EventWriteApiTest.claim(1, "geneva-talks", "Basel")
			.replace("\"excerpt\"", "\"state\": \"draft\", \"excerpt\""));
		assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
		String uri = "/api/v1/claims/" + Api.read(created, "$.id");
		this.mvc.perform(get(uri)).andExpect(status().isNotFound()).andExpect(conforms());
		this.mvc.perform(get("/api/v1/events/geneva-talks"))
			.andExpect(jsonPath("$.claims[*].value", not(hasItem("Basel"))))
			.andExpect(jsonPath("$.disputes[*].attribute", not(hasItem("location"))));
		this.mvc.perform(get("/api/v1/events/geneva-talks?state=all").with(Editors.bearer(token())))
			.andExpect(conforms())
			.andExpect(jsonPath("$.claims[?(@.value == 'Basel')].state", hasItem("draft")));

		assertThat(this.api.patch(uri, "\"stale\"", "{\"state\": \"published\"}").getStatus()).isEqualTo(412);
		assertThat(this.api.patch(uri, this.api.editorEtag(uri), "{\"state\": \"published\"}").getStatus())
			.isEqualTo(200);
		this.mvc.perform(get(uri)).andExpect(status().isOk()).andExpect(jsonPath("$.state").value("published"));
		this.mvc.perform(get("/api/v1/events/geneva-talks"))
			.andExpect(jsonPath("$.claims[*].value", hasItem("Basel")))
			.andExpect(jsonPath("$.disputes[*].attribute", hasItem("location")));

		MockHttpServletResponse revisions = this.api.get("/api/v1/events/geneva-talks/revisions?size=100");
		assertThat((List<String>) Api.read(revisions, "$.items[?(@.action == 'claim-published')].author"))
			.containsExactly(this.editor);
		// Back to a draft, so that other tests see Geneva as the seed has it.
		assertThat(this.api.patch(uri, this.api.editorEtag(uri), "{\"state\": \"draft\"}").getStatus()).isEqualTo(200);
		this.mvc.perform(get("/api/v1/events/geneva-talks"))
			.andExpect(jsonPath("$.disputes[*].attribute", not(hasItem("location"))));
	}

	private String token() throws Exception {
		return Editors.editor(this.mvc, "reader-" + counter.incrementAndGet());
	}

}
