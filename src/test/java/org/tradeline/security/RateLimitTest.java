package org.tradeline.security;

import java.time.Duration;
import java.util.List;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.tradeline.support.Api;
import org.tradeline.support.ApiTest;
import org.tradeline.support.Editors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Small budgets over a long period, so that no refill can happen while the test runs. */
@ApiTest
@TestPropertySource(properties = { "tradeline.rate-limit.reads-per-client=3", "tradeline.rate-limit.writes-per-token=2",
		"tradeline.rate-limit.failed-authentications-per-client=2", "tradeline.rate-limit.period=1d",
		"tradeline.cors.write-origins=https://desk.example" })
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

	/**
	 * Each failed authentication costs a hash and a database lookup, so a client address gets a budget
	 * of them: past it, a request with a token is answered 429 before the token is looked at. Clients
	 * at other addresses are not affected.
	 */
	@Test
	void failedAuthenticationsPerClientAreLimited() throws Exception {
		for (int i = 0; i < 2; i++) {
			MockHttpServletResponse refused = this.mvc
				.perform(post("/api/v1/actors").with(failing("192.0.2.10")).contentType("application/json").content("{}"))
				.andReturn()
				.getResponse();
			assertThat(refused.getStatus()).isEqualTo(401);
		}
		MockHttpServletResponse limited = this.mvc
			.perform(post("/api/v1/actors").with(failing("192.0.2.10")).contentType("application/json").content("{}"))
			.andReturn()
			.getResponse();
		assertThat(limited.getStatus()).isEqualTo(429);
		assertThat(limited.getContentType()).isEqualTo("application/problem+json");
		assertThat(Long.parseLong(limited.getHeader("Retry-After"))).isPositive();
		// Reads with a token are limited too: the token is looked up for them as well.
		assertThat(this.mvc.perform(get("/api/v1/admin/tokens").with(failing("192.0.2.10")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(429);
		assertThat(this.mvc.perform(get("/api/v1/admin/tokens").with(failing("192.0.2.11")))
			.andReturn()
			.getResponse()
			.getStatus()).as("another address").isEqualTo(401);
	}

	/**
	 * A flood of requests from other addresses (more than the filter keeps track of) must not give a
	 * client that spent its budget a fresh one: buckets are evicted one by one, least valuable first,
	 * not cleared all at once.
	 */
	@Test
	void aClientsBudgetSurvivesAFloodOfOtherClients() throws Exception {
		SimpleMeterRegistry meters = new SimpleMeterRegistry();
		Limiters limiters = new Limiters(new Budgets(3, Duration.ofDays(1)), new Budgets(3, Duration.ofDays(1)),
				Limiters.refusals(meters, "reads"), Limiters.refusals(meters, "writes"));
		RateLimitFilter filter = RateLimitFilter.reads(limiters, (request, response, handler, ex) -> {
			response.setStatus(429);
			return null;
		});
		for (int i = 0; i < 3; i++) {
			assertThat(read(filter, "198.51.100.7")).isEqualTo(200);
		}
		assertThat(read(filter, "198.51.100.7")).isEqualTo(429);
		for (int i = 0; i < 150_000; i++) {
			read(filter, "10." + (i >> 16) + "." + ((i >> 8) & 0xff) + "." + (i & 0xff));
		}
		assertThat(read(filter, "198.51.100.7")).as("after the flood").isEqualTo(429);
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
		// Every precondition the API honours, on a write (If-None-Match: * creates only) and on an
		// editor's read alike.
		for (String method : List.of("PUT", "GET")) {
			MockHttpServletResponse conditional = this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.options("/api/v1/events/geneva-talks")
				.header("Origin", "https://desk.example")
				.header("Access-Control-Request-Method", method)
				.header("Access-Control-Request-Headers",
						"authorization,if-none-match,if-modified-since,if-unmodified-since,if-match"))
				.andReturn()
				.getResponse();
			assertThat(conditional.getStatus()).as(method).isEqualTo(200);
			assertThat(conditional.getHeader("Access-Control-Allow-Headers")).as(method)
				.containsIgnoringCase("if-none-match")
				.containsIgnoringCase("if-unmodified-since");
		}
	}

	private static int read(RateLimitFilter filter, String address) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/topics");
		request.setRemoteAddr(address);
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, new MockFilterChain());
		return response.getStatus();
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor failing(String address) {
		return request -> {
			request.setRemoteAddr(address);
			request.addHeader("Authorization", "Bearer tl_not-a-token-anyone-has");
			return request;
		};
	}

}
