package org.tradeline.system;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tradeline.support.LocalHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a request says of itself is read, not assumed: a body in a content coding the service does
 * not decode is refused, naming the coding, before anything is written; a charset nobody knows is
 * said to be one; a path number past its type is out of the contract's range, not "not a number".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RequestLabelsTest {

	private static final String EVENT = "{\"slug\": \"%s\", \"title\": \"U\", \"summary\": \"u\", \"kind\": \"call\","
			+ " \"date\": {\"start\": \"2025-06-11\", \"precision\": \"day\"}}";

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@LocalServerPort
	int port;

	@Test
	void aBodyInAContentCodingIsRefusedBeforeAnythingIsWritten() throws Exception {
		for (String coding : List.of("br", "x-bogus", "gzip", "identity, gzip")) {
			String slug = "coded-" + coding.replaceAll("[^a-z]", "");
			byte[] body = EVENT.formatted(slug).getBytes(StandardCharsets.UTF_8);
			HttpResponse<String> answer = post("/api/v1/events", "application/json",
					coding.contains("gzip") ? gzip(body) : body, "Content-Encoding", coding);
			assertThat(answer.statusCode()).as(coding).isEqualTo(415);
			assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			assertThat(answer.headers().firstValue("Accept-Encoding")).as(coding).hasValue("identity");
			assertThat(JsonPath.<String>read(answer.body(), "$.detail")).as(coding)
				.contains("Content-Encoding declares " + coding.replace("identity, ", ""));
			assertThat(get("/api/v1/events/" + slug).statusCode()).as(coding).isEqualTo(404);
		}
		String plain = "coded-identity";
		assertThat(post("/api/v1/events", "application/json", EVENT.formatted(plain).getBytes(StandardCharsets.UTF_8),
				"Content-Encoding", "identity").statusCode()).isEqualTo(201);
		assertThat(get("/api/v1/events/" + plain).statusCode()).isEqualTo(200);
	}

	@Test
	void aCharsetNobodyKnowsIsNamedAsOne() throws Exception {
		HttpResponse<String> answer = post("/api/v1/events", "application/json; charset=no-such-charset",
				EVENT.formatted("unknown-charset").getBytes(StandardCharsets.UTF_8));
		assertThat(answer.statusCode()).isEqualTo(415);
		assertThat(JsonPath.<String>read(answer.body(), "$.detail")).contains("UTF-8")
			.contains("charset=no-such-charset")
			.doesNotContain("needs a body with a Content-Type header");
	}

	@Test
	void aRevisionNumberPastItsTypeIsOutOfTheContractsRange() throws Exception {
		for (String path : List.of("/api/v1/events/london-talks/revisions/2147483648",
				"/api/v1/events/london-talks/revisions/99999999999", "/api/v1/sources/3/revisions/2147483648")) {
			HttpResponse<String> answer = get(path);
			assertThat(answer.statusCode()).as(path).isEqualTo(400);
			assertThat(JsonPath.<String>read(answer.body(), "$.errors[0].parameter")).isEqualTo("number");
			assertThat(JsonPath.<String>read(answer.body(), "$.detail")).as(path)
				.isEqualTo("number is out of range: it must be a whole number from 1 to 2147483647");
		}
		assertThat(get("/api/v1/events/london-talks/revisions/2147483647").statusCode()).isEqualTo(404);
		HttpResponse<String> id = get("/api/v1/sources/9223372036854775808");
		assertThat(id.statusCode()).isEqualTo(400);
		assertThat(JsonPath.<String>read(id.body(), "$.detail"))
			.isEqualTo("id is out of range: it must be a whole number from 1 to 9223372036854775807");
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String contentType, byte[] body, String... headers) throws Exception {
		HttpRequest.Builder request = request(path).POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.header("Content-Type", contentType);
		if (headers.length > 0) {
			request.headers(headers);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** The admin's request: revisions are for editors, writes too. */
	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Authorization", LocalHttp.ADMIN);
	}

	private static byte[] gzip(byte[] body) throws Exception {
		ByteArrayOutputStream zipped = new ByteArrayOutputStream();
		try (GZIPOutputStream out = new GZIPOutputStream(zipped)) {
			out.write(body);
		}
		return zipped.toByteArray();
	}

}
