package org.tradeline.cache;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;

/**
 * The conditions of an answer too large to hold (here over 4 KB, so the seed data's exports and
 * embed page are) are judged before any of it is sent, whichever way the handler writes it: through
 * the template engine, a JSON writer or a plain writer.
 */
@SpringBootTest(properties = "tradeline.read-cache.max-entry-bytes=4KB")
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
@Tag("database")
class StreamedConditionalGetTest {

	private static final List<String> STREAMED = List.of("/embed/timeline", "/api/v1/exports/events.ics",
			"/api/v1/exports/timeline.json", "/api/v1/exports/events.csv");

	@Autowired
	MockMvc mvc;

	private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse();
	}

	@Test
	void everyStreamedAnswerIsLargerThanTheBuffer() throws Exception {
		for (String uri : STREAMED) {
			MockHttpServletResponse answer = send(get(uri).header(HttpHeaders.IF_MATCH, "*"));
			assertThat(answer.getStatus()).as(uri).isEqualTo(200);
			assertThat(answer.getContentAsByteArray().length).as(uri).isGreaterThan(4096);
			assertThat(answer.getHeader(HttpHeaders.ETAG)).as(uri).isNull();
		}
	}

	@Test
	void aFailedPreconditionIsA412WithoutAStackTrace(CapturedOutput output) throws Exception {
		int logged = output.getAll().length();
		for (String uri : STREAMED) {
			for (String[] condition : List.of(new String[] { HttpHeaders.IF_MATCH, "\"x\"" },
					new String[] { HttpHeaders.IF_UNMODIFIED_SINCE, "Thu, 01 Jan 2015 00:00:00 GMT" })) {
				for (MockHttpServletRequestBuilder request : List.of(get(uri), head(uri))) {
					MockHttpServletResponse answer = send(request.header(condition[0], condition[1]));
					String what = answer + " " + uri + " " + condition[0];
					assertThat(answer.getStatus()).as(what).isEqualTo(412);
					assertThat(MediaType.parseMediaType(answer.getContentType()).isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
						.as(what)
						.isTrue();
					assertThat(answer.getHeader(HttpHeaders.CACHE_CONTROL)).as(what).isEqualTo("no-store");
					assertThat(answer.getHeader(HttpHeaders.CONTENT_DISPOSITION)).as(what).isNull();
				}
			}
		}
		assertThat(output.getAll().substring(logged)).as("logged for a client's condition")
			.doesNotContain("Exception")
			.doesNotContain("ERROR");
	}

	@Test
	void aMalformedIfMatchIsA400WithoutAStackTrace(CapturedOutput output) throws Exception {
		int logged = output.getAll().length();
		for (String uri : STREAMED) {
			MockHttpServletResponse answer = send(get(uri).header(HttpHeaders.IF_MATCH, "abc"));
			assertThat(answer.getStatus()).as(uri).isEqualTo(400);
			assertThat(answer.getContentAsString()).as(uri).contains("If-Match");
		}
		assertThat(output.getAll().substring(logged)).as("logged for a client's header")
			.doesNotContain("Exception")
			.doesNotContain("ERROR");
	}

	@Test
	void ifNoneMatchAnyIsAnsweredNotModified() throws Exception {
		for (String uri : STREAMED) {
			for (MockHttpServletRequestBuilder request : List.of(get(uri), head(uri))) {
				MockHttpServletResponse answer = send(request.header(HttpHeaders.IF_NONE_MATCH, "*"));
				assertThat(answer.getStatus()).as(uri).isEqualTo(304);
				assertThat(answer.getContentAsByteArray()).as(uri).isEmpty();
				assertThat(answer.getHeader(HttpHeaders.CACHE_CONTROL)).as(uri).isEqualTo("public, max-age=60");
				assertThat(answer.getHeader(HttpHeaders.LAST_MODIFIED)).as(uri).isNotBlank();
			}
			// A tag names nothing streamed without one.
			assertThat(send(get(uri).header(HttpHeaders.IF_NONE_MATCH, "\"x\"")).getStatus()).as(uri).isEqualTo(200);
		}
	}

	@Test
	void ifModifiedSinceItsLastModifiedIsAnsweredNotModified() throws Exception {
		for (String uri : STREAMED) {
			String lastModified = send(get(uri)).getHeader(HttpHeaders.LAST_MODIFIED);
			MockHttpServletResponse answer = send(get(uri).header(HttpHeaders.IF_MODIFIED_SINCE, lastModified));
			assertThat(answer.getStatus()).as(uri).isEqualTo(304);
			assertThat(answer.getContentAsByteArray()).as(uri).isEmpty();
			assertThat(send(get(uri).header(HttpHeaders.IF_MODIFIED_SINCE, "Thu, 01 Jan 2015 00:00:00 GMT")).getStatus())
				.as(uri)
				.isEqualTo(200);
		}
	}

}
