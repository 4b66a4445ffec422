package org.tradeline.support;

import com.jayway.jsonpath.JsonPath;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Tokens for tests: the bootstrap admin configured in config/application.properties, and new ones. */
public final class Editors {

	/** Its SHA-256 is the bootstrap hash in src/test/resources/config/application.properties. */
	public static final String BOOTSTRAP_ADMIN = "tl_test-bootstrap-admin-token-0123456789";

	private Editors() {
	}

	public static RequestPostProcessor bearer(String token) {
		return request -> {
			request.addHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token);
			return request;
		};
	}

	/** Creates a token through the API and returns its secret. */
	public static String create(MockMvc mvc, String name, String role) throws Exception {
		MockHttpServletRequestBuilder request = post("/api/v1/admin/tokens").with(bearer(BOOTSTRAP_ADMIN))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"" + name + "\",\"role\":\"" + role + "\"}");
		String body = mvc.perform(request).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.token");
	}

	public static String editor(MockMvc mvc, String name) throws Exception {
		return create(mvc, name, "editor");
	}

}
