package org.tradeline.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.jayway.jsonpath.JsonPath;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
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

	/** Creates a token over real HTTP, on an application started on a port, and returns its secret. */
	public static String create(String baseUrl, String name, String role) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/admin/tokens"))
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + BOOTSTRAP_ADMIN)
			.header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\",\"role\":\"" + role + "\"}"))
			.build();
		HttpResponse<String> created = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.build()
			.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return JsonPath.read(created.body(), "$.token");
	}

	public static String editor(MockMvc mvc, String name) throws Exception {
		return create(mvc, name, "editor");
	}

}
