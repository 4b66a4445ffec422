package org.tradeline.security;

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
 * auto-configuration changes how metrics are exported). The public port has only the probes, which
 * say UP or DOWN; Prometheus metrics, build info and the health groups are on the management port,
 * without a token; nothing else of the actuator is exposed on either.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActuatorExposureTest {

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private ConfigurableApplicationContext app;

	private String editor;

	private String management;

	@BeforeAll
	void start() throws Exception {
		this.app = Applications.start(TestDatabase.newDatabase());
		this.editor = Editors.create(Applications.baseUrl(this.app), "actuator-editor", "editor");
		this.management = "http://localhost:" + this.app.getEnvironment().getProperty("local.management.port");
	}

	@AfterAll
	void stop() {
		if (this.app != null) {
			this.app.close();
		}
	}

	@Test
	void thePublicPortServesNoMetricsWhateverTheToken() throws Exception {
		for (String token : new String[] { null, this.editor, Editors.BOOTSTRAP_ADMIN }) {
			for (String path : List.of("/actuator/prometheus", "/actuator/info", "/actuator/health", "/actuator")) {
				HttpResponse<String> response = send("GET", path, token, null);
				assertThat(response.statusCode()).as("%s with %s", path, (token == null) ? "no token" : "a token")
					.isEqualTo(404);
				assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
				assertThat(response.body()).doesNotContain("jvm_");
			}
		}
		assertThat(send("HEAD", "/actuator/prometheus", null, null).statusCode()).isEqualTo(404);
	}

	@Test
	void theManagementPortGivesPrometheusTextWithoutAToken() throws Exception {
		// A request for the HTTP server series to count.
		assertThat(send("GET", "/api/v1/topics", null, null).statusCode()).isEqualTo(200);
		// The server observation is recorded once the answer has gone out, which may be just after
		// the client has it: scrape until the request is counted (bounded).
		HttpResponse<String> metrics = managementGet("/actuator/prometheus", null);
		for (int tries = 0; tries < 50 && !metrics.body().contains("uri=\"/api/v1/topics\""); tries++) {
			Thread.sleep(100);
			metrics = managementGet("/actuator/prometheus", null);
		}
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("text/plain"));
		assertThat(metrics.body()).containsPattern("(?m)^http_server_requests_seconds_count\\{.*uri=\"/api/v1/topics\"")
			.containsPattern("(?m)^jvm_memory_used_bytes\\{")
			.containsPattern("(?m)^# TYPE jvm_memory_used_bytes gauge$");

		HttpResponse<String> open = managementGet("/actuator/prometheus", "application/openmetrics-text; version=1.0.0");
		assertThat(open.statusCode()).isEqualTo(200);
		assertThat(open.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/openmetrics-text"));
		assertThat(open.body()).contains("jvm_memory_used_bytes").endsWith("# EOF\n");
	}

	@Test
	void theManagementPortGivesBuildInfoAndProbes() throws Exception {
		HttpResponse<String> info = managementGet("/actuator/info", null);
		assertThat(info.statusCode()).isEqualTo(200);
		assertThat((String) JsonPath.read(info.body(), "$.build.artifact")).isEqualTo("tradeline");
		assertThat((String) JsonPath.read(info.body(), "$.build.version")).isNotBlank();
		for (String group : List.of("liveness", "readiness")) {
			HttpResponse<String> probe = managementGet("/actuator/health/" + group, null);
			assertThat(probe.statusCode()).isEqualTo(200);
			assertThat((String) JsonPath.read(probe.body(), "$.status")).isEqualTo("UP");
		}
	}

	@Test
	void nothingElseIsExposedOnEitherPort() throws Exception {
		for (String path : List.of("/actuator/env", "/actuator/beans", "/actuator/heapdump", "/actuator/metrics",
				"/actuator/threaddump", "/actuator/configprops", "/actuator/loggers", "/actuator/mappings",
				"/actuator/shutdown")) {
			for (String token : new String[] { null, this.editor, Editors.BOOTSTRAP_ADMIN }) {
				HttpResponse<String> response = send("GET", path, token, null);
				assertThat(response.statusCode()).as("%s with %s", path, (token == null) ? "no token" : "a token")
					.isEqualTo(404);
				assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			}
			assertThat(managementGet(path, null).statusCode()).as("%s on the management port", path).isEqualTo(404);
		}
		assertThat(send("POST", "/actuator/shutdown", Editors.BOOTSTRAP_ADMIN, "{}").statusCode()).isGreaterThanOrEqualTo(400);
		assertThat(this.http
			.send(HttpRequest.newBuilder(URI.create(this.management + "/actuator/shutdown"))
				.POST(HttpRequest.BodyPublishers.ofString("{}"))
				.header("Content-Type", "application/json")
				.build(), HttpResponse.BodyHandlers.ofString())
			.statusCode()).isGreaterThanOrEqualTo(400);
		assertThat(this.app.isActive()).isTrue();

		HttpResponse<String> links = managementGet("/actuator", null);
		assertThat(links.statusCode()).isEqualTo(200);
		Map<String, Object> exposed = JsonPath.read(links.body(), "$._links");
		assertThat(exposed.keySet()).allMatch(name -> name.equals("self") || name.startsWith("health")
				|| name.equals("prometheus") || name.equals("info"));
	}

	@Test
	void probesArePublicAndWithoutDetails() throws Exception {
		for (String path : List.of("/livez", "/readyz")) {
			for (String token : new String[] { null, Editors.BOOTSTRAP_ADMIN }) {
				HttpResponse<String> health = send("GET", path, token, null);
				assertThat(health.statusCode()).isEqualTo(200);
				assertThat((String) JsonPath.read(health.body(), "$.status")).isEqualTo("UP");
				assertThat(health.body()).doesNotContain("components").doesNotContain("details").doesNotContain("db");
			}
		}
		HttpResponse<String> health = managementGet("/actuator/health", null);
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).doesNotContain("components").doesNotContain("details");
	}

	private HttpResponse<String> managementGet(String path, String accept) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.management + path));
		if (accept != null) {
			request.header("Accept", accept);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
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
