package org.tradeline.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tradeline.support.Editors;
import org.tradeline.support.RawHttp;
import org.tradeline.support.RawHttp.Response;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One case per defect GeneratedRequestsTest found, over real HTTP (some cases are refused by Tomcat
 * before Spring sees them). Each answer is a problem+json with the status the contract documents.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Tag("database")
class HostileInputTest {

	static final String ADMIN = "Bearer " + Editors.BOOTSTRAP_ADMIN;

	static final String EVENT = """
			{"slug": "%s", "title": "T", "summary": "S.", "kind": "call",
			 "date": {"start": "2025-05-11", %s"precision": "mid-month"}}""";

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@Test
	void anEndDateOffItsPrecisionIsABadRequestNotAServerError() throws Exception {
		HttpResponse<String> response = send("POST", "/api/v1/events", "application/json",
				EVENT.formatted("end-off-precision", "\"end\": \"2025-05-12\", "));
		assertProblem(response, 400);
		assertThat(JsonPath.<String>read(response.body(), "$.errors[0].field")).isEqualTo("date.end");
		assertThat(send("POST", "/api/v1/events", "application/json",
				EVENT.formatted("end-on-precision", "\"end\": \"2025-06-11\", ")).statusCode()).isEqualTo(201);
	}

	@Test
	void aHexadecimalPageIsNotANumber() throws Exception {
		assertProblem(get("/api/v1/events?page=0x10", "application/json"), 400);
		assertProblem(get("/api/v1/sources/0x1", "application/json"), 400);
		assertThat(get("/api/v1/events?page=1", "application/json").statusCode()).isEqualTo(200);
	}

	@Test
	void anUndecodableQueryIsABadRequest() throws Exception {
		assertRawProblem("GET /api/v1/events?q=%zz", 400);
		assertRawProblem("GET /api/v1/events?topic=%C3%28", 400);
	}

	@Test
	void aURLTomcatRefusesIsAnsweredAsAProblemNotAnHtmlPage() throws Exception {
		assertRawProblem("GET /api/v1/events/%zz", 400);
		assertProblem(get("/api/v1/events/a%2Fb", "application/json"), 400);
	}

	@Test
	void aWriteFromAForeignOriginIsRefusedAsAProblem() throws Exception {
		HttpResponse<String> response = send("POST", "/api/v1/actors", "application/json",
				"{\"slug\": \"o\", \"name\": \"O\", \"kind\": \"person\"}", "Origin", "https://elsewhere.example");
		assertProblem(response, 403);
		assertThat(get("/api/v1/actors/o", "application/json").statusCode()).isEqualTo(404);
	}

	@Test
	void anAcceptHeaderThatDoesNotParseIsIgnored() throws Exception {
		assertThat(get("/api/v1/events/xi-trump-call", "*/*;q=abc").statusCode()).isEqualTo(200);
		assertProblem(get("/api/v1/events/no-such-event", "*/*;q=abc"), 404);
	}

	@Test
	void aSuccessIsNeverLabelledAProblem() throws Exception {
		assertProblem(get("/api/v1/events", "application/problem+json"), 406);
		assertProblem(get("/api/v1/events", "application/xml"), 406);
	}

	@Test
	void bodiesInTheWrongMediaTypeAreUnsupported() throws Exception {
		assertProblem(send("POST", "/api/v1/actors", "multipart/form-data", "{}"), 415);
		String etag = get("/api/v1/actors/he-lifeng", "application/json").headers().firstValue("ETag").orElseThrow();
		assertProblem(send("PUT", "/api/v1/actors/he-lifeng", "application/merge-patch+json",
				"{\"slug\": \"he-lifeng\", \"name\": \"He\", \"kind\": \"person\"}", "If-Match", etag), 415);
	}

	@Test
	void anIfMatchOverItsBoundIsABadRequestNotAFailedPrecondition() throws Exception {
		String etag = get("/api/v1/actors/he-lifeng", "application/json").headers().firstValue("ETag").orElseThrow();
		String body = "{\"name\": \"He Lifeng\"}";
		String tooLong = etag + ", " + "\"" + "a".repeat(200) + "\"";
		HttpResponse<String> response = send("PATCH", "/api/v1/actors/he-lifeng", "application/merge-patch+json", body,
				"If-Match", tooLong);
		assertProblem(response, 400);
		assertThat(response.body()).contains("If-Match");
		assertThat(send("PATCH", "/api/v1/actors/he-lifeng", "application/merge-patch+json", body, "If-Match", etag)
			.statusCode()).isEqualTo(200);
	}

	@Test
	void aKeyGivenTwiceIsRefused() throws Exception {
		HttpResponse<String> response = send("POST", "/api/v1/actors", "application/json",
				"{\"slug\": \"twice\", \"name\": \"A\", \"kind\": \"person\", \"name\": \"B\"}");
		assertProblem(response, 400);
	}

	@Test
	void aTokenExpiryPastYear9999IsRefused() throws Exception {
		assertProblem(send("POST", "/api/v1/admin/tokens", "application/json",
				"{\"name\": \"far-future\", \"role\": \"editor\", \"expiresAt\": \"+999999999-12-31T23:59:59Z\"}"), 400);
	}

	@Test
	void aNegativeClaimSourceIsABadRequest() throws Exception {
		HttpResponse<String> response = send("POST", "/api/v1/claims", "application/json", """
				{"source": -1, "subject": {"type": "event", "slug": "geneva-talks"}, "attribute": "location",
				 "value": "Geneva", "valueLabel": "Geneva", "excerpt": "in Geneva"}""");
		assertProblem(response, 400);
		assertThat(JsonPath.<String>read(response.body(), "$.errors[0].field")).isEqualTo("source");
	}

	@Test
	void aNulCharacterIsRefusedInBodiesAndQueries() throws Exception {
		HttpResponse<String> body = send("POST", "/api/v1/claims", "application/json", """
				{"source": 1, "subject": {"type": "event", "slug": "geneva\\u0000talks"}, "attribute": "location",
				 "value": "Geneva", "valueLabel": "Geneva", "excerpt": "in Geneva"}""");
		assertProblem(body, 400);
		assertThat(JsonPath.<String>read(body.body(), "$.errors[0].field")).isEqualTo("subject.slug");
		assertProblem(get("/api/v1/events?q=a%00b", "application/json"), 400);
		assertProblem(get("/api/v1/events?topic=%00", "application/json"), 400);
	}

	/**
	 * Form bodies are read by nothing before the body cap, whatever the method and without a token:
	 * a declared length over the cap is refused (413) before a byte of the body is sent, and a chunked
	 * one far over the cap is not read at all, the request being answered as if it had no body (401
	 * without a token). Neither answer waits for the rest of the body, which never comes: a server
	 * that read the whole form first would answer nothing.
	 */
	@Test
	void aFormBodyOverTheCapIsNotReadBeforeTheRequestIsAnswered() throws Exception {
		for (String method : List.of("PUT", "PATCH", "DELETE", "POST")) {
			String head = method + " /api/v1/events/london-talks HTTP/1.1\r\nHost: localhost\r\n"
					+ "Content-Type: application/x-www-form-urlencoded\r\n";
			Response declared = answerWithoutFinishing(head + "Content-Length: 209715200\r\n\r\n", 0);
			assertThat(declared.status()).as(method + " declared").isEqualTo(413);
			assertThat(declared.contentType()).as(method + " declared").startsWith("application/problem+json");
			Response chunked = answerWithoutFinishing(head + "Transfer-Encoding: chunked\r\n\r\n", 256 * 1024);
			assertThat(chunked.status()).as(method + " chunked").isEqualTo(401);
			assertThat(chunked.contentType()).as(method + " chunked").startsWith("application/problem+json");
		}
	}

	/** The same for a JSON body sent by a client with a valid token: the cap comes before the body is parsed. */
	@Test
	void aChunkedJsonBodyOverTheCapIsRefusedOnceItPassesTheCap() throws Exception {
		String head = "POST /api/v1/events HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + ADMIN
				+ "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
		assertThat(answerWithoutFinishing(head, 256 * 1024).status()).isEqualTo(413);
	}

	/**
	 * Sends a request head and then {@code bodyBytes} of a chunked body (a JSON string that never
	 * ends), never the end of the body, and reads what the server answers before it gives up on the
	 * client: a server that waited for the whole body would answer nothing within the read timeout.
	 */
	private Response answerWithoutFinishing(String head, int bodyBytes) throws IOException {
		byte[] first = ("4000\r\n{\"a\":\"" + "x".repeat(0x4000 - 6) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
		byte[] more = ("4000\r\n" + "x".repeat(0x4000) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (int sent = 0; sent < bodyBytes; sent += 0x4000) {
			body.writeBytes((sent == 0) ? first : more);
		}
		Response answer = RawHttp.sendUnfinished(this.port, head.getBytes(StandardCharsets.ISO_8859_1),
				body.toByteArray(), Duration.ofSeconds(5));
		assertThat(answer).as("an answer before the body ends: %s", head).isNotNull();
		return answer;
	}

	private void assertProblem(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(JsonPath.<Integer>read(response.body(), "$.status")).isEqualTo(status);
	}

	private void assertRawProblem(String requestLine, int status) throws IOException {
		byte[] request = (requestLine + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
			.getBytes(StandardCharsets.ISO_8859_1);
		String answer = new String(RawHttp.exchange(this.port, request), StandardCharsets.UTF_8);
		assertThat(answer).startsWith("HTTP/1.1 " + status);
		assertThat(answer).containsIgnoringCase("Content-Type: application/problem+json")
			.contains("\"status\":" + status)
			.doesNotContainIgnoringCase("tomcat")
			.doesNotContain("<html");
	}

	private HttpResponse<String> get(String path, String accept) throws Exception {
		return this.http.send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/** An admin's request with a body; headers are further names and values. */
	private HttpResponse<String> send(String method, String path, String contentType, String body, String... headers)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.method(method, HttpRequest.BodyPublishers.ofString(body))
			.header("Content-Type", contentType)
			.header("Authorization", ADMIN);
		if (headers.length > 0) {
			request.headers(headers);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
