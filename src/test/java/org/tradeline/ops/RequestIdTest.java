package org.tradeline.ops;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tradeline.support.Api;
import org.tradeline.support.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

@ApiTest
class RequestIdTest {

	@Autowired
	MockMvc mvc;

	@Test
	void everyAnswerGetsAnIdOfItsOwn() throws Exception {
		String first = fetch("/api/v1/topics", null).getHeader("X-Request-Id");
		String second = fetch("/api/v1/topics", null).getHeader("X-Request-Id");
		assertThat(first).matches("[0-9a-f]{16}");
		assertThat(second).matches("[0-9a-f]{16}").isNotEqualTo(first);
	}

	@Test
	void aPlainIdFromTheCallerIsKept() throws Exception {
		assertThat(fetch("/api/v1/topics", "edge-7f3a.b_c:1").getHeader("X-Request-Id")).isEqualTo("edge-7f3a.b_c:1");
	}

	@Test
	void anIdThatCouldForgeLogLinesIsReplaced() throws Exception {
		for (String offered : new String[] { "a b", "x".repeat(65), "id\"}", "", "ünïcode" }) {
			assertThat(fetch("/api/v1/topics", offered).getHeader("X-Request-Id")).as(offered).matches("[0-9a-f]{16}");
		}
	}

	/** The read cache replays an answer's headers, but never the request id of the request that computed it. */
	@Test
	void aCachedAnswerCarriesTheIdOfTheRequestItAnswers() throws Exception {
		fetch("/api/v1/events?size=3", "computes-it");
		MockHttpServletResponse replayed = fetch("/api/v1/events?size=3", "replayed-to-me");
		assertThat(replayed.getStatus()).isEqualTo(200);
		assertThat(replayed.getHeaders("X-Request-Id")).containsExactly("replayed-to-me");
	}

	@Test
	void problemBodiesNameTheRequestId() throws Exception {
		MockHttpServletResponse missing = fetch("/api/v1/events/no-such-event", "report-me-1");
		assertThat(missing.getStatus()).isEqualTo(404);
		assertThat(missing.getContentType()).isEqualTo("application/problem+json");
		assertThat(Api.<String>read(missing, "$.requestId")).isEqualTo("report-me-1");

		MockHttpServletResponse invalid = fetch("/api/v1/events?size=nope", null);
		assertThat(invalid.getStatus()).isEqualTo(400);
		assertThat(Api.<String>read(invalid, "$.requestId")).isEqualTo(invalid.getHeader("X-Request-Id"));

		MockHttpServletResponse unauthenticated = this.mvc
			.perform(get("/api/v1/admin/tokens").header("X-Request-Id", "report-me-2"))
			.andReturn()
			.getResponse();
		assertThat(unauthenticated.getStatus()).isEqualTo(401);
		assertThat(Api.<String>read(unauthenticated, "$.requestId")).isEqualTo("report-me-2");
	}

	private MockHttpServletResponse fetch(String uri, String requestId) throws Exception {
		MockHttpServletRequestBuilder request = get(uri);
		if (requestId != null) {
			request.header("X-Request-Id", requestId);
		}
		return this.mvc.perform(request).andReturn().getResponse();
	}

}
