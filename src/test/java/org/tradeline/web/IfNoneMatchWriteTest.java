package org.tradeline.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tradeline.support.Api;
import org.tradeline.support.ApiTest;
import org.tradeline.support.Editors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;

/**
 * A write with If-None-Match is refused (412, nothing written) when it names the resource as it is:
 * "*" names any that exists, a tag names it by weak comparison, in either coding (RFC 9110 13.1.2,
 * 13.2.2). If-Match is judged first, and required as ever.
 */
@ApiTest
@TestPropertySource(properties = "tradeline.test.context=writes")
class IfNoneMatchWriteTest {

	private static final String ACTOR = "/api/v1/actors/none-match-envoy";

	private static final String TITLE = "{\"title\": \"Chief envoy\"}";

	@Autowired
	MockMvc mvc;

	@Test
	void aWriteWhoseIfNoneMatchNamesTheResourceIsRefusedBeforeAnythingIsWritten() throws Exception {
		Api api = new Api(this.mvc, Editors.editor(this.mvc, "none-match"));
		assertThat(api.post("/api/v1/actors", """
				{"slug": "none-match-envoy", "name": "An envoy", "kind": "person", "title": "Envoy"}""").getStatus())
			.isEqualTo(201);
		String etag = api.etag(ACTOR);
		String body = api.anonymousGet(ACTOR).getContentAsString();
		String gzipTag = etag.substring(0, etag.length() - 1) + "-gzip\"";

		for (String current : new String[] { "*", etag, "\"other\", " + etag, "W/" + etag, gzipTag }) {
			MockHttpServletResponse refused = api.send(patch(ACTOR, etag, current).content(TITLE));
			assertThat(refused.getStatus()).as(current).isEqualTo(412);
			assertThat(refused.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			assertThat(refused.getContentAsString()).contains("If-None-Match");
		}
		MockHttpServletResponse deleted = api.send(conditional(delete(ACTOR), "*", "*"));
		assertThat(deleted.getStatus()).isEqualTo(412);
		assertThat(api.anonymousGet(ACTOR).getContentAsString()).as("nothing written").isEqualTo(body);
		assertThat(api.etag(ACTOR)).isEqualTo(etag);

		// If-Match first: a stale one is refused as before, and without one the write needs it.
		assertThat(api.send(patch(ACTOR, "\"stale\"", "\"other\"").content(TITLE)).getStatus()).isEqualTo(412);
		assertThat(api.send(patch(ACTOR, null, "\"other\"").content(TITLE)).getStatus()).isEqualTo(428);

		// Naming another representation (or "*" listed with tags, which names nothing) lets it through.
		for (String other : new String[] { "\"other\"", "*, " + etag }) {
			String before = api.etag(ACTOR);
			MockHttpServletResponse written = api.send(patch(ACTOR, before, other)
				.content("{\"title\": \"Envoy " + other.length() + "\"}"));
			assertThat(written.getStatus()).as(other).isEqualTo(200);
			assertThat(api.etag(ACTOR)).isNotEqualTo(before);
		}
	}

	private static MockHttpServletRequestBuilder patch(String uri, String ifMatch, String ifNoneMatch) {
		return conditional(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch(uri)
			.contentType("application/merge-patch+json"), ifMatch, ifNoneMatch);
	}

	private static MockHttpServletRequestBuilder conditional(MockHttpServletRequestBuilder request, String ifMatch,
			String ifNoneMatch) {
		if (ifMatch != null) {
			request.header(HttpHeaders.IF_MATCH, ifMatch);
		}
		return request.header(HttpHeaders.IF_NONE_MATCH, ifNoneMatch);
	}

}
