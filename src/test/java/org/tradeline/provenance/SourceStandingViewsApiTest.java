package org.tradeline.provenance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tradeline.support.Api;
import org.tradeline.support.ApiTest;
import org.tradeline.support.Editors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tradeline.support.OpenApiContract.conforms;

/**
 * A source's standing is one definition read two ways: each source in the list stands as its detail
 * says, for the public (its published claims, as the write path keeps them counted) and for editors
 * (drafts assessed together with the published claims, a draft source's claims among them). A
 * context of its own: the sources it writes change the seed's standings that other tests read.
 */
@ApiTest
@TestPropertySource(properties = "tradeline.test.context=source-standing")
class SourceStandingViewsApiTest {

	private static final String SOURCE = """
			{"fileName": "%s", "outlet": "Example Wire", "summary": "A short wire report.", "sha256": "%s",
			 "citations": [], "state": "%s", "claims": [
			   {"subject": {"type": "event", "slug": "geneva-talks"}, "attribute": "location",
			    "value": "Geneva", "valueLabel": "Geneva", "excerpt": "talks in Geneva"},
			   {"subject": {"type": "actor", "slug": "he-lifeng"}, "attribute": "title",
			    "value": "Vice Premier", "valueLabel": "Vice Premier", "excerpt": "Vice Premier He Lifeng"}]}""";

	@Autowired
	MockMvc mvc;

	String token;

	@Test
	void eachSourceInTheListStandsAsItsDetailSaysForEditorsAndThePublic() throws Exception {
		this.token = Editors.editor(this.mvc, "standing-views-" + System.nanoTime());
		Api api = new Api(this.mvc, this.token);
		int published = Api.read(created(api.post("/api/v1/sources",
				SOURCE.formatted("standing-views-published.txt", "a".repeat(64), "published"))), "$.id");
		// A draft claim of a published source that disputes the seed sources' location of the talks.
		created(api.post("/api/v1/claims", """
				{"source": %d, "subject": {"type": "event", "slug": "geneva-talks"}, "attribute": "location",
				 "value": "Xyzzyville", "valueLabel": "Xyzzyville", "excerpt": "talks in Xyzzyville", "state": "draft"}"""
			.formatted(published)));
		// A document under review: a draft source whose claims are drafts with it.
		int draft = Api.read(created(api.post("/api/v1/sources",
				SOURCE.formatted("standing-views-draft.txt", "b".repeat(64), "draft"))), "$.id");

		Map<Integer, Map<String, Object>> editors = sameInListAndDetail("state=all");
		assertThat(editors.get(published)).containsEntry("claims", 3);
		assertThat(editors.get(draft)).containsEntry("claims", 2);
		assertThat(sameInListAndDetail("state=draft").get(draft)).isEqualTo(editors.get(draft));

		Map<Integer, Map<String, Object>> everyone = sameInListAndDetail(null);
		assertThat(everyone).doesNotContainKey(draft);
		assertThat(everyone.get(published)).containsEntry("claims", 2);
	}

	/**
	 * Every page of the list with this state parameter (null: the public's), each source's standing
	 * checked against its detail's; returns them by id.
	 */
	@SuppressWarnings("unchecked")
	private Map<Integer, Map<String, Object>> sameInListAndDetail(String state) throws Exception {
		String query = (state != null) ? "&" + state : "";
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int page = 0;; page++) {
			MockHttpServletResponse list = read("/api/v1/sources?size=100&page=" + page + query, state);
			List<Map<String, Object>> items = Api.read(list, "$.items");
			rows.addAll(items);
			if (items.size() < 100) {
				break;
			}
		}
		assertThat(rows).isNotEmpty();
		Map<Integer, Map<String, Object>> standings = new HashMap<>();
		for (Map<String, Object> row : rows) {
			int id = (Integer) row.get("id");
			Map<String, Object> standing = (Map<String, Object>) row.get("standing");
			Map<String, Object> detail = Api.read(read("/api/v1/sources/" + id + ((state != null) ? "?" + state : ""),
					state), "$.standing");
			assertThat(standing).as("source %d (%s): list vs detail", id, state).isEqualTo(detail);
			standings.put(id, standing);
		}
		return standings;
	}

	/** An editor's read when a state is asked, the public's otherwise: 200, as published. */
	private MockHttpServletResponse read(String uri, String state) throws Exception {
		MockHttpServletRequestBuilder request = get(uri);
		if (state != null) {
			request = request.with(Editors.bearer(this.token));
		}
		return this.mvc.perform(request).andExpect(status().isOk()).andExpect(conforms()).andReturn().getResponse();
	}

	private static MockHttpServletResponse created(MockHttpServletResponse response) throws Exception {
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
		return response;
	}

}
