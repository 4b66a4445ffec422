package org.tradeline.ops;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.tradeline.support.Editors;
import org.tradeline.support.TestDatabase;
import org.tradeline.web.Text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.tradeline.support.Processes.freePort;
import static org.tradeline.support.Processes.javaExecutable;
import static org.tradeline.support.Processes.tail;

/**
 * The packaged jar in Spring AOT mode ({@code -Dspring.aot.enabled=true}, as the image runs it):
 * the bean definitions and repository implementations generated at build time, not the ones the
 * rest of the suite exercises at run time. Every read kind and a write of each step answers as in
 * plain mode, on H2 and on PostgreSQL.
 */
@Tag("database")
class AotModeIT {

	private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@TempDir
	Path temp;

	private Process process;

	@AfterEach
	void stop() throws InterruptedException {
		if (this.process != null) {
			this.process.destroy();
			this.process.waitFor(30, TimeUnit.SECONDS);
		}
	}

	@Test
	void theGeneratedContextServesReadsAndWrites() throws Exception {
		int port = freePort();
		Path log = this.temp.resolve("app.log");
		List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Dspring.aot.enabled=true", "-jar",
				packagedJar().toAbsolutePath().toString(), "--server.port=" + port, "--management.server.port=0"));
		TestDatabase.newDatabase().forEach((key, value) -> command.add("--" + key + "=" + value));
		if (TestDatabase.isPostgres()) {
			// As compose runs the image: profiles are read at run time, bean definitions were fixed at build time.
			command.add("--spring.profiles.active=postgres");
		}
		command.add("--tradeline.bootstrap-admin-token-sha256=" + Text.sha256(Editors.BOOTSTRAP_ADMIN));
		this.process = new ProcessBuilder(command).directory(this.temp.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		String base = "http://127.0.0.1:" + port;
		awaitUp(base + "/api/v1/topics", log);
		assertThat(Files.readString(log)).as("started from the generated context").contains("Starting AOT-processed");

		String event = JsonPath.read(get(base, "/api/v1/events?size=50").body(), "$.items[0].slug");
		long source = ((Number) JsonPath.read(get(base, "/api/v1/sources?size=50").body(), "$.items[0].id"))
			.longValue();
		String actor = JsonPath.read(get(base, "/api/v1/actors?size=50").body(), "$.items[0].slug");
		String figure = JsonPath.read(get(base, "/api/v1/figures?size=50").body(), "$.items[0].slug");
		for (String path : List.of("/api/v1/events/" + event, "/api/v1/events?topic=tariffs&from=2025-04-01&size=5",
				"/api/v1/sources/" + source, "/api/v1/actors/" + actor, "/api/v1/figures/" + figure,
				"/api/v1/disputes?size=50", "/api/v1/stats", "/api/v1/topics", "/api/v1/exports/timeline.json",
				"/api/v1/exports/claims.csv", "/api/v1/exports/events.ics", "/api/v1/exports/changes.atom",
				"/embed/timeline?topic=tariffs")) {
			assertThat(get(base, path).statusCode()).as(path).isEqualTo(200);
		}

		String editor = Editors.create(base, "aot-editor", "editor");
		HttpResponse<String> created = send(base, editor, "POST", "/api/v1/events", null, """
				{"slug": "aot-event", "title": "AOT", "summary": "Made in AOT mode.", "kind": "statement",
				 "date": {"start": "2025-06-01", "precision": "month"}}""");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		HttpResponse<String> claim = send(base, editor, "POST", "/api/v1/claims", null, """
				{"source": %d, "subject": {"type": "event", "slug": "aot-event"}, "attribute": "location",
				 "value": "Geneva", "valueLabel": "Geneva", "excerpt": "the talks in Geneva"}""".formatted(source));
		assertThat(claim.statusCode()).as(claim.body()).isEqualTo(201);
		String claimPath = "/api/v1/claims/" + JsonPath.read(claim.body(), "$.id");
		assertThat(send(base, editor, "DELETE", claimPath,
				get(base, claimPath).headers().firstValue("ETag").orElseThrow(), null)
			.statusCode()).isEqualTo(204);
		assertThat(get(base, claimPath).statusCode()).isEqualTo(404);
		assertThat(send(base, editor, "POST", claimPath + "/restore", null, null).statusCode()).isEqualTo(200);
		String etag = get(base, "/api/v1/events/aot-event").headers().firstValue("ETag").orElseThrow();
		HttpResponse<String> patched = send(base, editor, "PATCH", "/api/v1/events/aot-event", etag,
				"{\"title\": \"Edited in AOT mode\"}");
		assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
		assertThat((String) JsonPath.read(get(base, "/api/v1/events/aot-event").body(), "$.title"))
			.isEqualTo("Edited in AOT mode");
		HttpResponse<String> revisions = send(base, editor, "GET", "/api/v1/events/aot-event/revisions", null, null);
		assertThat(revisions.statusCode()).as(revisions.body()).isEqualTo(200);
		assertThat(JsonPath.<List<Integer>>read(revisions.body(), "$.items[*].number")).contains(1, 2);
		assertThat(send(base, editor, "DELETE", "/api/v1/events/aot-event",
				get(base, "/api/v1/events/aot-event").headers().firstValue("ETag").orElseThrow(), null)
			.statusCode()).isEqualTo(204);
		assertThat(get(base, "/api/v1/events/aot-event").statusCode()).isEqualTo(404);
		assertThat(send(base, editor, "POST", "/api/v1/events/aot-event/restore", null, null).statusCode())
			.isEqualTo(200);
		assertThat(get(base, "/api/v1/events/aot-event").statusCode()).isEqualTo(200);
	}

	private void awaitUp(String url, Path log) throws Exception {
		Instant deadline = Instant.now().plus(START_TIMEOUT);
		while (Instant.now().isBefore(deadline)) {
			if (!this.process.isAlive()) {
				fail("the service exited with %d:%n%s", this.process.exitValue(), tail(Files.readString(log)));
			}
			try {
				if (this.http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
					.statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// Not listening yet.
			}
			Thread.sleep(200);
		}
		fail("not up within %s:%n%s", START_TIMEOUT, tail(Files.readString(log)));
	}

	private HttpResponse<String> get(String base, String path) throws Exception {
		return send(base, null, "GET", path, null, null);
	}

	private HttpResponse<String> send(String base, String token, String method, String path, String ifMatch,
			String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.method(method, (body != null) ? HttpRequest.BodyPublishers.ofString(body)
					: HttpRequest.BodyPublishers.noBody());
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		if (body != null) {
			request.header("Content-Type", method.equals("PATCH") ? "application/merge-patch+json" : "application/json");
		}
		if (ifMatch != null) {
			request.header("If-Match", ifMatch);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static Path packagedJar() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			return files.filter(path -> path.getFileName().toString().matches("tradeline-.*\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("no packaged jar in target: run ./mvnw verify"));
		}
	}

}
