package org.tradeline.cache;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.tradeline.store.StoreChanges;
import org.tradeline.support.Api;
import org.tradeline.support.ApiTest;
import org.tradeline.support.Editors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.tradeline.support.HttpDates.afterTheSecondOf;
import static org.tradeline.support.HttpDates.secondOf;

/**
 * Last-Modified of what the public reads moves only when the public view does: a draft event, a
 * draft claim on a published event or a draft source leaves it, so If-Modified-Since with the date
 * a reader was given still answers 304, from the read cache and computed alike. A request with a
 * token may read drafts and keeps the store's own time; publishing moves the public one (here a
 * claim, which the event shows, and the event, which the list shows).
 */
@ApiTest
@TestPropertySource(properties = "tradeline.test.context=writes")
class PublicLastModifiedTest {

	private static final String EVENT = "/api/v1/events/public-time-talks";

	private static final String LIST = "/api/v1/events?size=100";

	@Autowired
	MockMvc mvc;

	@Autowired
	StoreChanges changes;

	@Test
	void draftWritesLeaveThePublicDateAndPublishingMovesIt() throws Exception {
		Api api = new Api(this.mvc, Editors.editor(this.mvc, "public-time"));
		long source = created(api.post("/api/v1/sources", """
				{"fileName": "public-time.txt", "outlet": "Wire", "summary": "A wire report.",
				 "publishedOn": "2025-06-21", "publishedPrecision": "day", "sha256": "%s", "citations": []}"""
			.formatted("5a17".repeat(16))));
		// The public change the reader's copy is dated by, alone in its second.
		afterTheSecondOf(this.changes.lastChanged());
		assertCreated(api.post("/api/v1/events", """
				{"slug": "public-time-talks", "title": "Talks", "summary": "Negotiators met.", "kind": "talks",
				 "date": {"start": "2025-06-20", "precision": "day"}, "topics": ["tariffs"]}"""));
		String eventDate = api.anonymousGet(EVENT).getHeader(HttpHeaders.LAST_MODIFIED);
		String listDate = api.anonymousGet(LIST).getHeader(HttpHeaders.LAST_MODIFIED);
		assertThat(eventDate).isNotNull().isEqualTo(listDate);

		afterTheSecondOf(this.changes.lastChanged());
		long draftClaim = created(api.post("/api/v1/claims", """
				{"source": %d, "subject": {"type": "event", "slug": "public-time-talks"}, "attribute": "location",
				 "value": "Geneva", "valueLabel": "Geneva", "excerpt": "It says Geneva.", "state": "draft"}"""
			.formatted(source)));
		assertCreated(api.post("/api/v1/events", """
				{"slug": "public-time-draft", "title": "Draft talks", "summary": "Not yet.", "kind": "talks",
				 "date": {"start": "2025-06-22", "precision": "day"}, "topics": ["tariffs"], "state": "draft"}"""));
		assertCreated(api.post("/api/v1/sources", """
				{"fileName": "public-time-draft.txt", "outlet": "Wire", "summary": "Under review.",
				 "publishedOn": "2025-06-21", "publishedPrecision": "day", "sha256": "%s", "citations": [],
				 "state": "draft"}""".formatted("6b28".repeat(16))));
		Instant storeChanged = this.changes.lastChanged();
		assertThat(storeChanged.getEpochSecond()).as("the drafts moved the store's time")
			.isGreaterThan(secondOf(eventDate));

		// Replayed from the read cache, which writes to drafts alone leave (DraftWritesKeepPublicAnswersTest).
		for (int read = 0; read < 2; read++) {
			for (String[] copy : new String[][] { { EVENT, eventDate }, { LIST, listDate } }) {
				MockHttpServletResponse answer = this.mvc
					.perform(get(copy[0]).header(HttpHeaders.IF_MODIFIED_SINCE, copy[1]))
					.andReturn()
					.getResponse();
				assertThat(answer.getStatus()).as("%s read %d", copy[0], read).isEqualTo(304);
				assertThat(answer.getHeader(HttpHeaders.LAST_MODIFIED)).as(copy[0]).isEqualTo(copy[1]);
			}
		}
		// A token may read the drafts: its answers carry the store's time.
		MockHttpServletResponse editors = api.send(get(EVENT).header(HttpHeaders.IF_MODIFIED_SINCE, eventDate));
		assertThat(editors.getStatus()).isEqualTo(200);
		assertThat(editors.getDateHeader(HttpHeaders.LAST_MODIFIED) / 1000).isEqualTo(storeChanged.getEpochSecond());

		afterTheSecondOf(storeChanged);
		String claim = "/api/v1/claims/" + draftClaim;
		assertThat(api.patch(claim, api.editorEtag(claim), "{\"state\": \"published\"}").getStatus()).isEqualTo(200);
		String draft = "/api/v1/events/public-time-draft";
		assertThat(api.patch(draft, api.editorEtag(draft), "{\"state\": \"published\"}").getStatus()).isEqualTo(200);
		for (String[] copy : new String[][] { { EVENT, eventDate }, { LIST, listDate } }) {
			MockHttpServletResponse answer = this.mvc.perform(get(copy[0]).header(HttpHeaders.IF_MODIFIED_SINCE, copy[1]))
				.andReturn()
				.getResponse();
			assertThat(answer.getStatus()).as(copy[0]).isEqualTo(200);
			assertThat(answer.getDateHeader(HttpHeaders.LAST_MODIFIED) / 1000).as(copy[0])
				.isEqualTo(this.changes.lastChanged().getEpochSecond());
		}
		assertThat(api.anonymousGet(EVENT).getContentAsString()).contains("Geneva");
		assertThat(api.anonymousGet(LIST).getContentAsString()).contains("public-time-draft");
	}

	private static long created(MockHttpServletResponse response) throws Exception {
		assertCreated(response);
		return ((Number) Api.read(response, "$.id")).longValue();
	}

	private static void assertCreated(MockHttpServletResponse response) throws Exception {
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
	}

}
