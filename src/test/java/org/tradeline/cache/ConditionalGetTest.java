package org.tradeline.cache;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.tradeline.support.ApiTest;
import org.tradeline.support.Editors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every public read can be revalidated cheaply and cached briefly by shared caches. */
@ApiTest
class ConditionalGetTest {

	@Autowired
	MockMvc mvc;

	private MockHttpServletResponse fetch(String uri) throws Exception {
		return this.mvc.perform(get(uri)).andExpect(status().isOk()).andReturn().getResponse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/events", "/api/v1/events/london-talks", "/api/v1/actors",
			"/api/v1/actors/he-lifeng", "/api/v1/topics", "/api/v1/sources", "/api/v1/sources/1", "/api/v1/figures",
			"/api/v1/disputes", "/api/v1/stats", "/api/v1/exports/timeline.json", "/api/v1/exports/events.ics",
			"/api/v1/exports/events.csv", "/api/v1/exports/claims.csv", "/api/v1/exports/changes.atom",
			"/api/v1/exports/events/london-talks.jsonld", "/embed/timeline" })
	void answersMatchingValidatorsWith304(String uri) throws Exception {
		MockHttpServletResponse first = fetch(uri);
		String etag = first.getHeader(HttpHeaders.ETAG);
		String lastModified = first.getHeader(HttpHeaders.LAST_MODIFIED);
		assertThat(etag).as("strong ETag").matches("\"[^\"]+\"");
		assertThat(lastModified).isNotBlank();
		assertThat(first.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("public, max-age=60");

		this.mvc.perform(get(uri).header(HttpHeaders.IF_NONE_MATCH, etag))
			.andExpect(status().isNotModified())
			.andExpect(header().string(HttpHeaders.ETAG, etag))
			.andExpect(content().string(""));
		this.mvc.perform(get(uri).header(HttpHeaders.IF_MODIFIED_SINCE, lastModified))
			.andExpect(status().isNotModified());
		this.mvc.perform(get(uri).header(HttpHeaders.IF_NONE_MATCH, "\"something-else\""))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.ETAG, etag));
		this.mvc.perform(get(uri).header(HttpHeaders.IF_NONE_MATCH, "*")).andExpect(status().isNotModified());
		// "*" listed with tags is not If-None-Match's syntax (RFC 9110 13.1.2): it names nothing.
		for (String starWithTags : new String[] { "*, \"x\"", "\"x\", *" }) {
			this.mvc.perform(get(uri).header(HttpHeaders.IF_NONE_MATCH, starWithTags))
				.andExpect(status().isOk())
				.andExpect(header().string(HttpHeaders.ETAG, etag));
		}
		this.mvc.perform(get(uri).header(HttpHeaders.IF_NONE_MATCH, etag + ", ")).andExpect(status().isNotModified());
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/events/london-talks", "/api/v1/stats", "/api/v1/exports/events.csv",
			"/embed/timeline" })
	void answersUnmetConditionsOnReadsWith412(String uri) throws Exception {
		// The first read also puts the answer in the read cache, which must not answer these.
		MockHttpServletResponse first = fetch(uri);
		String etag = first.getHeader(HttpHeaders.ETAG);
		this.mvc.perform(get(uri).header(HttpHeaders.IF_MATCH, "\"something-else\""))
			.andExpect(status().isPreconditionFailed())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-store"))
			.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
					org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("filename"))));
		// Strong comparison: the weak form of the current tag does not match.
		this.mvc.perform(get(uri).header(HttpHeaders.IF_MATCH, "W/" + etag)).andExpect(status().isPreconditionFailed());
		// A well-formed list naming nothing current, empty elements included (RFC 9110 5.6.1).
		this.mvc.perform(get(uri).header(HttpHeaders.IF_MATCH, "\"x\", , W/\"y\"")).andExpect(status().isPreconditionFailed());
		this.mvc.perform(get(uri).header(HttpHeaders.IF_UNMODIFIED_SINCE, "Mon, 01 Jan 2024 00:00:00 GMT"))
			.andExpect(status().isPreconditionFailed());
		// If-Match is evaluated before If-None-Match, so a held tag does not make a failed read a 304.
		this.mvc.perform(get(uri).header(HttpHeaders.IF_MATCH, "\"x\"").header(HttpHeaders.IF_NONE_MATCH, etag))
			.andExpect(status().isPreconditionFailed());

		this.mvc.perform(get(uri).header(HttpHeaders.IF_MATCH, "\"x\", " + etag))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.ETAG, etag));
		this.mvc.perform(get(uri).header(HttpHeaders.IF_MATCH, "*")).andExpect(status().isOk());
		this.mvc.perform(get(uri).header(HttpHeaders.IF_UNMODIFIED_SINCE, first.getHeader(HttpHeaders.LAST_MODIFIED)))
			.andExpect(status().isOk());
		this.mvc.perform(get(uri).header(HttpHeaders.IF_MATCH, etag).header(HttpHeaders.IF_NONE_MATCH, etag))
			.andExpect(status().isNotModified());
	}

	/**
	 * RFC 9110 13.1.1: If-Match is "*" or a list of entity-tags. Anything else is the client's syntax
	 * error, not a representation that changed: 400 naming the header, whatever it would have matched.
	 * "*" is the whole field or not valid, so listed with tags (in one field or two) it is malformed too.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/events/london-talks", "/api/v1/stats", "/api/v1/exports/events.csv",
			"/embed/timeline" })
	void answersMalformedIfMatchOnReadsWith400(String uri) throws Exception {
		String etag = fetch(uri).getHeader(HttpHeaders.ETAG);
		String bare = etag.substring(1, etag.length() - 1);
		for (String malformed : new String[] { "abc", bare, "\"unterminated", "W/", "W/abc", etag + " garbage",
				etag + "\"x\"", "*, " + etag, etag + ", *", "w/" + etag }) {
			this.mvc.perform(get(uri).header(HttpHeaders.IF_MATCH, malformed))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-store"))
				.andExpect(jsonPath("$.errors[0].parameter").value("If-Match"));
		}
		this.mvc.perform(get(uri).header(HttpHeaders.IF_MATCH, "*").header(HttpHeaders.IF_MATCH, etag))
			.andExpect(status().isBadRequest());
		// Whitespace and empty list elements around a tag are allowed (RFC 9110 5.6.1).
		this.mvc.perform(get(uri).header(HttpHeaders.IF_MATCH, " " + etag + " ,"))
			.andExpect(status().isOk());
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/events?state=all", "/api/v1/events/london-talks?state=all", "/api/v1/sources/1",
			"/api/v1/stats" })
	void answersToATokenAreNotForSharedCaches(String uri) throws Exception {
		this.mvc.perform(get(uri).with(Editors.bearer(Editors.BOOTSTRAP_ADMIN)))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "private, no-cache"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/events?size=1", "/api/v1/events?size=2" })
	void differentRepresentationsHaveDifferentEtags(String uri) throws Exception {
		assertThat(fetch(uri).getHeader(HttpHeaders.ETAG))
			.isNotEqualTo(fetch("/api/v1/events?size=3").getHeader(HttpHeaders.ETAG));
	}

	@org.junit.jupiter.api.Test
	void errorsAreNeitherCachedNorValidated() throws Exception {
		this.mvc.perform(get("/api/v1/events/no-such-event"))
			.andExpect(status().isNotFound())
			.andExpect(header().doesNotExist(HttpHeaders.ETAG))
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-store"));
	}

	@org.junit.jupiter.api.Test
	void onlyTheEmbeddablePagesMayBeFramed() throws Exception {
		this.mvc.perform(get("/embed/timeline"))
			.andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("frame-ancestors *")))
			.andExpect(header().doesNotExist("X-Frame-Options"));
		for (String uri : new String[] { "/api/v1/events", "/swagger-ui/index.html", "/v3/api-docs" }) {
			this.mvc.perform(get(uri))
				.andExpect(header().string("X-Frame-Options", "DENY"))
				.andExpect(header().string("Content-Security-Policy",
						org.hamcrest.Matchers.containsString("frame-ancestors 'none'")));
		}
	}

}
