package org.tradeline.system.security;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.tradeline.support.Api;
import org.tradeline.support.ApiTest;
import org.tradeline.support.Editors;

import static org.assertj.core.api.Assertions.assertThat;

/** Small budgets over a long period, so that no refill can happen while the test runs. */
@ApiTest
@TestPropertySource(properties = { "tradeline.rate-limit.reads-per-client=3", "tradeline.rate-limit.writes-per-token=2",
		"tradeline.rate-limit.period=1d", "tradeline.cors.write-origins=https://desk.example" })
class RateLimitTest {

	@Autowired
	MockMvc mvc;

	@Test
	void readsPerClientAndWritesPerTokenAreLimited() throws Exception {
		Api admin = new Api(this.mvc, Editors.BOOTSTRAP_ADMIN);
		for (int i = 0; i < 3; i++) {
			assertThat(admin.anonymousGet("/api/v1/topics").getStatus()).isEqualTo(200);
		}
		MockHttpServletResponse limited = admin.anonymousGet("/api/v1/topics");
		assertThat(limited.getStatus()).isEqualTo(429);
		assertThat(limited.getContentType()).isEqualTo("application/problem+json");
		assertThat(Long.parseLong(limited.getHeader("Retry-After"))).isPositive();

		for (int i = 0; i < 2; i++) {
			assertThat(admin.post("/api/v1/actors", "{}").getStatus()).isEqualTo(400);
		}
		MockHttpServletResponse writes = admin.post("/api/v1/actors", "{}");
		assertThat(writes.getStatus()).isEqualTo(429);
		assertThat(writes.getHeader("Retry-After")).isNotNull();
	}

	@Test
	void configuredWriteOriginMayWrite() throws Exception {
		MockHttpServletResponse preflight = this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.options("/api/v1/events")
			.header("Origin", "https://desk.example")
			.header("Access-Control-Request-Method", "PUT")
			.header("Access-Control-Request-Headers", "authorization,if-match,content-type")).andReturn().getResponse();
		assertThat(preflight.getStatus()).isEqualTo(200);
		assertThat(preflight.getHeader("Access-Control-Allow-Origin")).isEqualTo("https://desk.example");
	}

}
