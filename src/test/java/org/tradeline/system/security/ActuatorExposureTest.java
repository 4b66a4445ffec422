package org.tradeline.system.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.context.ConfigurableApplicationContext;
import org.tradeline.support.Applications;
import org.tradeline.support.Editors;
import org.tradeline.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Operators' endpoints on the application as it ships (started by hand, so that no test
 * auto-configuration changes how metrics are exported): health is public and says only UP or
 * DOWN, Prometheus metrics need an admin token, and nothing else of the actuator is exposed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActuatorExposureTest {

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private ConfigurableApplicationContext app;

	private String editor;

	@BeforeAll
	void start() throws Exception {
		this.app = Applications.start(TestDatabase.newDatabase());
		this.editor = Editors.create(Applications.baseUrl(this.app), "actuator-editor", "editor");
	}

	@AfterAll
	void stop() {
		if (this.app != null) {
			this.app.close();
		}
	}

	@Test
	void prometheusRefusesAnonymousCallersWithAProblem() throws Exception {
		HttpResponse<String> anonymous = send("GET", "/actuator/prometheus", null, null);
		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(anonymous.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
				challenge -> assertThat(challenge).startsWith("Bearer"));
		assertThat(anonymous.body()).doesNotContain("jvm_");
		assertThat(send("HEAD", "/actuator/prometheus", null, null).statusCode()).isEqualTo(401);
	}

	@Test
	void prometheusIsForAdminsNotEditors() throws Exception {
		HttpResponse<String> editor = send("GET", "/actuator/prometheus", this.editor, null);
		assertThat(editor.statusCode()).isEqualTo(403);
		assertThat(editor.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(editor.body()).doesNotContain("jvm_");
	}

	@Test
	void adminsGetPrometheusTextWithHttpAndJvmSeries() throws Exception {
		// A request for the HTTP server series to count.
		assertThat(send("GET", "/api/v1/topics", null, null).statusCode()).isEqualTo(200);
		HttpResponse<String> metrics = send("GET", "/actuator/prometheus", Editors.BOOTSTRAP_ADMIN, null);
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("text/plain"));
		assertThat(metrics.body()).containsPattern("(?m)^http_server_requests_seconds_count\\{.*uri=\"/api/v1/topics\"")
			.containsPattern("(?m)^jvm_memory_used_bytes\\{")
			.containsPattern("(?m)^# TYPE jvm_memory_used_bytes gauge$");

		HttpRequest openMetrics = request("GET", "/actuator/prometheus", Editors.BOOTSTRAP_ADMIN, null)
			.header("Accept", "application/openmetrics-text; version=1.0.0")
			.build();
		HttpResponse<String> open = this.http.send(openMetrics, HttpResponse.BodyHandlers.ofString());
		assertThat(open.statusCode()).isEqualTo(200);
		assertThat(open.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/openmetrics-text"));
		assertThat(open.body()).contains("jvm_memory_used_bytes").endsWith("# EOF\n");
	}

	@Test
	void nothingElseIsExposedEvenToAdmins() throws Exception {
		for (String path : List.of("/actuator/env", "/actuator/beans", "/actuator/heapdump", "/actuator/metrics",
				"/actuator/threaddump", "/actuator/configprops", "/actuator/loggers", "/actuator/mappings",
				"/actuator/shutdown")) {
			for (String token : new String[] { null, this.editor, Editors.BOOTSTRAP_ADMIN }) {
				HttpResponse<String> response = send("GET", path, token, null);
				assertThat(response.statusCode()).as("%s with %s", path, (token == null) ? "no token" : "a token")
					.isEqualTo(404);
				assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			}
		}
		assertThat(send("POST", "/actuator/shutdown", Editors.BOOTSTRAP_ADMIN, "{}").statusCode()).isGreaterThanOrEqualTo(400);
		assertThat(this.app.isActive()).isTrue();

		HttpResponse<String> links = send("GET", "/actuator", Editors.BOOTSTRAP_ADMIN, null);
		assertThat(links.statusCode()).isEqualTo(200);
		Map<String, Object> exposed = JsonPath.read(links.body(), "$._links");
		assertThat(exposed.keySet()).allMatch(name -> name.equals("self") || name.startsWith("health")
				|| name.equals("prometheus"));
		assertThat(send("GET", "/actuator", null, null).statusCode()).isEqualTo(401);
	}

	@Test
	void healthIsPublicAndWithoutDetails() throws Exception {
		for (String token : new String[] { null, Editors.BOOTSTRAP_ADMIN }) {
			HttpResponse<String> health = send("GET", "/actuator/health", token, null);
			assertThat(health.statusCode()).isEqualTo(200);
			assertThat((String) JsonPath.read(health.body(), "$.status")).isEqualTo("UP");
			assertThat(health.body()).doesNotContain("components").doesNotContain("details").doesNotContain("db");
		}
	}

	private HttpResponse<String> send(String method, String path, String token, String json) throws Exception {
		return this.http.send(request(method, path, token, json).build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String method, String path, String token, String json) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Applications.baseUrl(this.app) + path))
			.method(method, (json != null) ? HttpRequest.BodyPublishers.ofString(json)
					: HttpRequest.BodyPublishers.noBody());
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return request;
	}

}
