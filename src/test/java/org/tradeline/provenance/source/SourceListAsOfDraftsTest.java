package org.tradeline.provenance.source;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.tradeline.support.Api;
import org.tradeline.support.ApiTest;
import org.tradeline.support.Editors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sources list takes state with asOf as every other read does: the editors' view as of a day
 * lists the draft sources in print by then beside the published ones, and the public's never does.
 */
@ApiTest
@TestPropertySource(properties = "tradeline.test.context=writes")
class SourceListAsOfDraftsTest {

	@Autowired
	MockMvc mvc;

	@Test
	void theEditorsListAsOfADayHoldsTheDraftsInPrintByThen() throws Exception {
		Api api = new Api(this.mvc, Editors.editor(this.mvc, "source-list-as-of-" + System.nanoTime()));
		MockHttpServletResponse draft = api.post("/api/v1/sources", """
				{"fileName": "as-of-draft.txt", "summary": "A draft wire report.", "sha256": "%s",
				 "publishedOn": "2025-06-12", "state": "draft", "claims": []}""".formatted("d".repeat(64)));
		assertThat(draft.getStatus()).as(draft.getContentAsString()).isEqualTo(201);

		List<String> editors = JsonPath.read(api.get("/api/v1/sources?asOf=2025-06-12&state=all&size=100")
			.getContentAsString(), "$.items[*].fileName");
		assertThat(editors).contains("as-of-draft.txt");
		List<String> before = JsonPath.read(api.get("/api/v1/sources?asOf=2025-06-11&state=all&size=100")
			.getContentAsString(), "$.items[*].fileName");
		assertThat(before).isNotEmpty().doesNotContain("as-of-draft.txt");
		List<String> published = JsonPath.read(api.anonymousGet("/api/v1/sources?asOf=2025-06-12&size=100")
			.getContentAsString(), "$.items[*].fileName");
		assertThat(published).isNotEmpty().doesNotContain("as-of-draft.txt");
		List<String> drafts = JsonPath.read(api.get("/api/v1/sources?asOf=2025-06-12&state=draft&size=100")
			.getContentAsString(), "$.items[*].fileName");
		assertThat(drafts).contains("as-of-draft.txt").doesNotContainAnyElementsOf(published);
	}

}
