package org.tradeline.cache;

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
import static org.assertj.core.api.Assertions.fail;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Last-Modified names a second, and an event can change twice in one: a copy read between the two
 * changes carries the same date as the answer after the second, and If-Modified-Since with it must
 * not be told the copy is current, from the read cache or computed.
 */
@ApiTest
@TestPropertySource(properties = "tradeline.test.context=writes")
class SameSecondChangesTest {

	private static final String URI = "/api/v1/events/same-second-talks";

	@Autowired
	MockMvc mvc;

	@Autowired
	StoreChanges changes;

	@Test
	void aCopyFromBeforeASecondChangeInItsSecondIsNotHeldCurrent() throws Exception {
		Api api = new Api(this.mvc, Editors.editor(this.mvc, "same-second"));
		assertThat(api.post("/api/v1/events", """
				{"slug": "same-second-talks", "title": "Talks", "summary": "Negotiators met.", "kind": "talks",
				 "date": {"start": "2025-06-20", "precision": "day"}, "topics": ["tariffs"]}""").getStatus())
			.isEqualTo(201);
		// Edits take milliseconds: within a few tries two of them share a second.
		for (int attempt = 0; attempt < 50; attempt++) {
			retitle(api, "First " + attempt);
			MockHttpServletResponse copy = api.anonymousGet(URI);
			assertThat(copy.getContentAsString()).contains("First " + attempt);
			String date = copy.getHeader(HttpHeaders.LAST_MODIFIED);
			retitle(api, "Second " + attempt);
			if (this.changes.lastChanged().getEpochSecond() != copy.getDateHeader(HttpHeaders.LAST_MODIFIED) / 1000) {
				continue;
			}
			// From the read cache, which the second edit emptied, and computed for an editor.
			for (MockHttpServletResponse answer : new MockHttpServletResponse[] {
					this.mvc.perform(get(URI).header(HttpHeaders.IF_MODIFIED_SINCE, date)).andReturn().getResponse(),
					api.send(get(URI).header(HttpHeaders.IF_MODIFIED_SINCE, date)) }) {
				assertThat(answer.getStatus()).isEqualTo(200);
				assertThat(answer.getContentAsString()).contains("Second " + attempt);
				assertThat(answer.getHeader(HttpHeaders.LAST_MODIFIED)).isEqualTo(date);
			}
			return;
		}
		fail("no two edits shared a second");
	}

	private static void retitle(Api api, String title) throws Exception {
		assertThat(api.patch(URI, api.editorEtag(URI), "{\"title\": \"" + title + "\"}").getStatus()).isEqualTo(200);
	}

}
