package org.tradeline.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.context.ConfigurableApplicationContext;
import org.tradeline.support.Applications;
import org.tradeline.support.Editors;
import org.tradeline.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes through real HTTP, stops the application, starts it again on the same database (an H2
 * file in a temporary folder, or the same PostgreSQL database) and finds data and revisions intact.
 */
@Tag("database")
class RestartIT {

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@Test
	void editsAndRevisionsSurviveARestart(@TempDir Path dir) throws Exception {
		Map<String, Object> properties = TestDatabase.isPostgres() ? TestDatabase.newDatabase()
				: Map.of("spring.datasource.url", "jdbc:h2:file:" + dir.resolve("tradeline").toAbsolutePath()
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000");

		String etagBefore;
		String revisionsBefore;
		try (ConfigurableApplicationContext app = Applications.start(properties)) {
			String base = Applications.baseUrl(app);
			String event = EventJson.NEW.formatted("restart-event");
			HttpResponse<String> created = send(base, "POST", "/api/v1/events", null, event);
			assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
			String etag = send(base, "GET", "/api/v1/events/restart-event", null, null).headers()
				.firstValue("ETag")
				.orElseThrow();
			assertThat(send(base, "PATCH", "/api/v1/events/restart-event", etag, "{\"title\": \"Kept\"}").statusCode())
				.isEqualTo(200);
			etagBefore = send(base, "GET", "/api/v1/events/restart-event", null, null).headers()
				.firstValue("ETag")
				.orElseThrow();
			revisionsBefore = send(base, "GET", "/api/v1/events/restart-event/revisions", null, null).body();
		}
		try (ConfigurableApplicationContext app = Applications.start(properties)) {
			String base = Applications.baseUrl(app);
			HttpResponse<String> event = send(base, "GET", "/api/v1/events/restart-event", null, null);
			assertThat(event.statusCode()).isEqualTo(200);
			assertThat((String) JsonPath.read(event.body(), "$.title")).isEqualTo("Kept");
			assertThat(event.headers().firstValue("ETag")).hasValue(etagBefore);
			String revisions = send(base, "GET", "/api/v1/events/restart-event/revisions", null, null).body();
			assertThat(revisions).isEqualTo(revisionsBefore);
			assertThat((Integer) JsonPath.read(revisions, "$.totalItems")).isEqualTo(2);
		}
	}

	private HttpResponse<String> send(String base, String method, String path, String ifMatch, String body)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.header("Authorization", "Bearer " + Editors.BOOTSTRAP_ADMIN)
			.method(method, (body != null) ? HttpRequest.BodyPublishers.ofString(body)
					: HttpRequest.BodyPublishers.noBody());
		if (body != null) {
			request.header("Content-Type", method.equals("PATCH") ? "application/merge-patch+json" : "application/json");
		}
		if (ifMatch != null) {
			request.header("If-Match", ifMatch);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static final class EventJson {

		static final String NEW = """
				{"slug": "%s", "title": "Restart", "summary": "Survives restarts.", "kind": "statement",
				 "date": {"start": "2025-06-01", "precision": "month"}}""";

	}

}
