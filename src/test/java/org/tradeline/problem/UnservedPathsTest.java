package org.tradeline.problem;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tradeline.support.LocalHttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tradeline.support.Problems.assertProblem;

/**
 * What a path the API does not serve is answered, over real connections: /error too, which only the
 * container forwards failures to, and paths that look like file names, whose problem is no download.
 * Same application context as system.HttpSemanticsTest.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Tag("database")
class UnservedPathsTest {

	private static final String NOTHING_SERVED = "Nothing is served at this path; the API is described at /openapi.yaml.";

	private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@LocalServerPort
	int port;

	private LocalHttp http;

	@BeforeEach
	void connect() {
		this.http = new LocalHttp(this.port);
	}

	/** Asked for directly, /error is as unknown as any path: 404, whatever the method, not a bodiless 500. */
	@Test
	void errorAskedForDirectlyIsNotFound() throws Exception {
		for (String path : List.of("/error", "/no-such-page")) {
			HttpResponse<String> read = anonymous("GET", path);
			assertProblem(read, 404);
			assertThat(JsonPath.<String>read(read.body(), "$.detail")).isEqualTo(NOTHING_SERVED);
			assertThat(JsonPath.<String>read(read.body(), "$.title")).isEqualTo("Not found");
		}
		HttpResponse<String> posted = anonymous("POST", "/error");
		assertProblem(posted, 404);
		assertThat(JsonPath.<String>read(posted.body(), "$.detail")).isEqualTo(NOTHING_SERVED);
		HttpResponse<String> head = anonymous("HEAD", "/error");
		assertThat(head.statusCode()).isEqualTo(404);
		assertThat(head.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertProblem(this.http.send("POST", "/error?x=1", "application/json", "{}"), 404);
	}

	/**
	 * A problem for a path ending in what looks like a file extension is JSON to show, not a file to
	 * save: it carries no Content-Disposition (Spring MVC's "inline;filename=f.txt" would name the
	 * framework). The exports, which are files, keep theirs.
	 */
	@Test
	void aProblemIsNoDownloadWhateverThePathEndsIn() throws Exception {
		for (String path : List.of("/api/v1/events/geneva-talks.jsonld", "/api/v1/events/a.exe",
				"/api/v1/actors/he-lifeng.bat", "/api/v1/figures/x.html", "/api/v1/no-such.cmd")) {
			HttpResponse<String> answer = anonymous("GET", path);
			assertProblem(answer, 404);
			assertThat(answer.headers().allValues("Content-Disposition")).as(path).isEmpty();
		}
		HttpResponse<String> write = this.http.send("PATCH", "/api/v1/events/a.exe", "application/merge-patch+json",
				"{\"title\": \"T\"}", "If-Match", "*");
		assertProblem(write, 404);
		assertThat(write.headers().allValues("Content-Disposition")).isEmpty();
		assertThat(anonymous("GET", "/api/v1/exports/events.csv").headers().allValues("Content-Disposition"))
			.containsExactly("inline; filename=\"tradeline-events.csv\"");
		HttpResponse<String> backup = this.http.send("GET", "/api/v1/admin/backup", null, "");
		assertThat(backup.statusCode()).isEqualTo(200);
		assertThat(backup.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying(value -> assertThat(value).startsWith("attachment; filename=\"tradeline-backup-"));
	}

	private HttpResponse<String> anonymous(String method, String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.method(method, HttpRequest.BodyPublishers.noBody())
			.build();
		return this.client.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
