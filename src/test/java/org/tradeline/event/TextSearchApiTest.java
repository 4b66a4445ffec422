package org.tradeline.event;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.tradeline.support.Api;
import org.tradeline.support.ApiTest;
import org.tradeline.support.Editors;

import static org.assertj.core.api.Assertions.assertThat;

/** The text search finds a text however its accented letters are encoded in the query. */
@ApiTest
class TextSearchApiTest {

	@Autowired
	MockMvc mvc;

	@Test
	void aDecomposedQueryFindsTheComposedText() throws Exception {
		Api api = new Api(this.mvc, Editors.editor(this.mvc, "text-search"));
		assertThat(api.post("/api/v1/events", """
				{"slug": "cafe-talks", "title": "Talks at the Caf\u00e9 de Flore", "summary": "Negotiators met.",
				 "kind": "talks", "date": {"start": "2025-06-21", "precision": "day"}, "topics": ["tariffs"]}""")
			.getStatus()).isEqualTo(201);
		for (String query : List.of("caf\u00e9 de", "cafe\u0301 de", "CAFE\u0301 DE")) {
			// The request builder percent-encodes the query as UTF-8.
			MockHttpServletResponse answer = api.get("/api/v1/events?state=all&q=" + query);
			List<String> found = Api.read(answer, "$.items[*].slug");
			assertThat(found).as(query + ": " + answer.getContentAsString()).containsExactly("cafe-talks");
		}
	}

}
