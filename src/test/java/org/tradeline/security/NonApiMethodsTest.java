package org.tradeline.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tradeline.support.Editors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A method other than GET, HEAD and OPTIONS on a URL outside /api/v1 is answered as under the API,
 * whoever sends it: 405 with the methods the URL serves where it serves something, else the 404 of
 * any unknown path; never a 401 or a 403 that no token could pass. The same on the management port.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NonApiMethodsTest {

	private static final List<String> WRITES = List.of("POST", "PUT", "PATCH", "DELETE");

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@LocalServerPort
	int port;

	@Value("${local.management.port}")
	int managementPort;

	@Test
	void aWriteToAUrlOutsideTheApiIsNotAllowedThereForAnyone() throws Exception {
		for (String token : new String[] { null, Editors.BOOTSTRAP_ADMIN }) {
			for (String path : List.of("/readyz", "/livez", "/openapi.yaml", "/v3/api-docs")) {
				for (String method : WRITES) {
					HttpResponse<String> answer = send(this.port, method, path, token);
					assertThat(answer.statusCode()).as("%s %s", method, path).isEqualTo(405);
					assertThat(answer.headers().firstValue("Allow")).as("%s %s", method, path)
						.hasValue("GET, HEAD, OPTIONS");
					assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
				}
			}
		}
	}

	@Test
	void aWriteToAUrlThatServesNothingIsNotFoundForAnyone() throws Exception {
		for (String token : new String[] { null, Editors.BOOTSTRAP_ADMIN }) {
			for (String path : List.of("/", "/nothing-here", "/readyz/deeper")) {
				for (String method : WRITES) {
					assertNotFound(send(this.port, method, path, token), method + " " + path);
				}
			}
		}
	}

	@Test
	void theManagementPortAnswersWritesTheSameWay() throws Exception {
		HttpResponse<String> metrics = send(this.managementPort, "POST", "/actuator/prometheus", null);
		assertThat(metrics.statusCode()).isEqualTo(405);
		assertThat(metrics.headers().firstValue("Allow")).hasValue("GET, HEAD, OPTIONS");
		assertThat(send(this.managementPort, "DELETE", "/nothing-here", null).statusCode()).isEqualTo(404);
	}

	private static void assertNotFound(HttpResponse<String> answer, String request) {
		assertThat(answer.statusCode()).as(request).isEqualTo(404);
		assertThat(answer.headers().firstValue("Content-Type")).as(request).hasValue("application/problem+json");
		assertThat(JsonPath.<String>read(answer.body(), "$.detail")).as(request).startsWith("Nothing is served at this path");
	}

	private HttpResponse<String> send(int port, String method, String path, String token) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.method(method, HttpRequest.BodyPublishers.noBody());
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
