package org.tradeline.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tradeline.support.LocalHttp;
import org.tradeline.support.RawHttp;
import org.tradeline.support.RawHttp.Response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tradeline.support.Problems.assertProblem;

/**
 * One case per defect found by GeneratedRequestsTest or by probing the running service, over real
 * HTTP (some cases are refused by Tomcat before Spring sees them). Each answer is a problem+json with
 * the status the contract documents.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Tag("database")
class HostileInputTest {

	static final String EVENT = """
			{"slug": "%s", "title": "T", "summary": "S.", "kind": "call",
			 "date": {"start": "2025-05-11", %s"precision": "mid-month"}}""";

	@LocalServerPort
	int port;

	private LocalHttp http;

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

	/** Long.valueOf reads the digits of every script (١, １); the contract's integers are 0-9 only. */
	@Test
	void digitsOfAnotherScriptAreNotANumber() throws Exception {
		for (String path : List.of("/api/v1/sources/%EF%BC%91", "/api/v1/sources/%D9%A1", "/api/v1/events?size=%EF%BC%95",
				"/api/v1/events?page=%D9%A1")) {
			assertProblem(get(path, "application/json"), 400);
		}
		assertThat(get("/api/v1/sources/1", "application/json").statusCode()).isEqualTo(200);
	}

	/**
	 * Every query value alike: surrounding spaces are not part of it, and a blank one is absent (a tab
	 * or line break is a control character, refused: RequestLinePolicyTest).
	 */
	@Test
	void aQueryValueIsReadWithoutSurroundingSpaces() throws Exception {
		String plain = get("/api/v1/events?size=5&page=1&disputed=true&topic=tariffs", "application/json").body();
		HttpResponse<String> padded = get("/api/v1/events?size=%205%20&page=1%20&disputed=%20true&topic=%20tariffs",
				"application/json");
		assertThat(padded.statusCode()).as(padded.body()).isEqualTo(200);
		assertThat(padded.body()).isEqualTo(plain);
		assertThat(JsonPath.<Integer>read(plain, "$.size")).isEqualTo(5);
		String unfiltered = get("/api/v1/events", "application/json").body();
		for (String blank : List.of("size=", "page=%20", "disputed=", "updatedSince=%20", "after=", "state=%20")) {
			HttpResponse<String> answer = get("/api/v1/events?" + blank, "application/json");
			assertThat(answer.statusCode()).as(blank + ": " + answer.body()).isEqualTo(200);
			assertThat(answer.body()).as(blank).isEqualTo(unfiltered);
		}
		assertThat(get("/api/v1/exports/changes.atom?before=%20", "application/atom+xml").statusCode()).isEqualTo(200);
	}

	/** JSON is UTF-8 (RFC 8259): a body labelled otherwise is refused, not decoded into other text. */
	@Test
	void aBodyLabelledWithAnotherCharsetIsUnsupported() throws Exception {
		String actor = "{\"slug\": \"%s\", \"name\": \"Zürich café\", \"kind\": \"person\"}";
		HttpResponse<String> latin = send("POST", "/api/v1/actors", "application/json; charset=ISO-8859-1",
				actor.formatted("labelled-latin"));
		assertProblem(latin, 415);
		assertThat(JsonPath.<String>read(latin.body(), "$.detail")).contains("charset=ISO-8859-1");
		assertThat(get("/api/v1/actors/labelled-latin", "application/json").statusCode()).isEqualTo(404);
		HttpResponse<String> utf8 = send("POST", "/api/v1/actors", "application/json;charset=\"utf-8\"",
				actor.formatted("labelled-utf8"));
		assertThat(utf8.statusCode()).as(utf8.body()).isEqualTo(201);
		assertThat(JsonPath.<String>read(utf8.body(), "$.name")).isEqualTo("Zürich café");
	}

	@Test
	void anUndecodableQueryIsABadRequest() throws Exception {
		assertRawProblem("GET /api/v1/events?q=%zz", 400);
		assertRawProblem("GET /api/v1/events?topic=%C3%28", 400);
	}

	@Test
	void aURLTomcatRefusesIsAnsweredAsAProblemNotAnHtmlPage() throws Exception {
		assertRawProblem("GET /api/v1/events/%zz", 400);
		HttpResponse<String> slash = get("/api/v1/events/a%2Fb", "application/json");
		assertProblem(slash, 400);
		// As every 400, it names what was wrong, as the firewall's refusals do.
		assertThat(JsonPath.<String>read(slash.body(), "$.errors[0].parameter")).isEqualTo("url");
	}

	/** Refused by the container before any filter: still a problem that says why, not a bare status. */
	@Test
	void aRequestTooLongToReadIsAnsweredWithWhy() throws Exception {
		byte[] request = ("GET /api/v1/actors/" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
			.getBytes(StandardCharsets.ISO_8859_1);
		String answer = new String(RawHttp.exchange(this.port, request), StandardCharsets.UTF_8);
		assertThat(answer).startsWith("HTTP/1.1 400").containsIgnoringCase("Content-Type: application/problem+json")
			.contains("could not be read");
		HttpResponse<String> tenThousand = get("/api/v1/actors/" + "a".repeat(10_000), "application/json");
		assertProblem(tenThousand, 400);
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

	/** RFC 9110 12.4.2: q=0 means "not acceptable"; Spring MVC alone would still answer in that type. */
	@Test
	void aMediaTypeWithQualityZeroIsNeverAnswered() throws Exception {
		assertProblem(get("/api/v1/events/geneva-talks", "application/json;q=0"), 406);
		assertProblem(get("/api/v1/events", "text/csv;q=0"), 406);
		HttpResponse<String> linkedData = get("/api/v1/events/geneva-talks", "application/json;q=0, application/ld+json;q=0.2");
		assertThat(linkedData.statusCode()).isEqualTo(200);
		assertThat(linkedData.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/ld+json"));
		// Twice: the second answer comes from the read cache, under the key of what was answered.
		for (int i = 0; i < 2; i++) {
			HttpResponse<String> json = get("/api/v1/events", "text/csv;q=0, */*;q=0.1");
			assertThat(json.statusCode()).isEqualTo(200);
			assertThat(json.headers().firstValue("Content-Type")).hasValueSatisfying(
					type -> assertThat(type).startsWith("application/json"));
		}
	}

	@Test
	void aSuccessIsNeverLabelledAProblem() throws Exception {
		assertProblem(get("/api/v1/events", "application/problem+json"), 406);
		assertProblem(get("/api/v1/events", "application/xml"), 406);
	}

	@Test
	void bodiesInTheWrongMediaTypeAreUnsupported() throws Exception {
		assertProblem(send("POST", "/api/v1/actors", "multipart/form-data", "{}"), 415);
		HttpResponse<String> untyped = http().send("POST", "/api/v1/actors", null, "{}");
		assertProblem(untyped, 415);
		assertThat(JsonPath.<String>read(untyped.body(), "$.detail")).doesNotContain("null").contains("application/json");
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
	void aMalformedIfMatchIsABadRequestNotAFailedPrecondition() throws Exception {
		String etag = get("/api/v1/actors/he-lifeng", "application/json").headers().firstValue("ETag").orElseThrow();
		String body = "{\"name\": \"He Lifeng\"}";
		for (String malformed : List.of("abc", "\"unterminated", "W/", "*, " + etag)) {
			HttpResponse<String> response = send("PATCH", "/api/v1/actors/he-lifeng", "application/merge-patch+json",
					body, "If-Match", malformed);
			assertProblem(response, 400);
			assertThat(JsonPath.<String>read(response.body(), "$.errors[0].parameter")).isEqualTo("If-Match");
		}
		// Well-formed but not current: the resource changed, not the request's syntax.
		assertProblem(send("PATCH", "/api/v1/actors/he-lifeng", "application/merge-patch+json", body, "If-Match",
				"\"abc\", W/" + etag), 412);
		assertThat(send("PATCH", "/api/v1/actors/he-lifeng", "application/merge-patch+json", body, "If-Match", etag)
			.statusCode()).isEqualTo(200);
	}

	@Test
	void aKeyGivenTwiceIsRefused() throws Exception {
		HttpResponse<String> response = send("POST", "/api/v1/actors", "application/json",
				"{\"slug\": \"twice\", \"name\": \"A\", \"kind\": \"person\", \"name\": \"B\"}");
		assertFieldRefused(response, "name");
		assertThat(JsonPath.<String>read(response.body(), "$.detail")).isEqualTo("name is given twice");
		HttpResponse<String> nested = send("POST", "/api/v1/events", "application/json",
				EVENT.formatted("nested-twice", "\"start\": \"2025-05-11\", "));
		assertFieldRefused(nested, "date.start");
	}

	/** A number past its field's type is named with the range it must be in, not called "not JSON". */
	@Test
	void aNumberTooLargeForItsFieldIsOutOfRange() throws Exception {
		HttpResponse<String> response = send("POST", "/api/v1/claims", "application/json",
				"{\"source\": 123456789012345678901234567890, \"subject\": {\"type\": \"event\", \"slug\": \"london-talks\"},"
						+ " \"attribute\": \"location\", \"value\": \"London\", \"valueLabel\": \"London\", \"excerpt\": \"in London\"}");
		assertFieldRefused(response, "source");
		assertThat(JsonPath.<String>read(response.body(), "$.detail")).contains("out of range")
			.contains(String.valueOf(Long.MAX_VALUE));
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

	/** ISO 8601 also allows signed and longer years; date arithmetic on them overflowed into a 500. */
	@Test
	void aFilterDayOutsideFourDigitYearsIsABadRequest() throws Exception {
		for (String path : List.of("/api/v1/events?from=-999999999-01-01", "/api/v1/events?to=%2B999999999-12-31",
				"/api/v1/exports/events.ics?from=%2B10000-01-01", "/api/v1/exports/timeline.json?to=-0001-01-01",
				"/embed/timeline?from=-999999999-01-01", "/api/v1/events?asOf=%2B2025-06-10")) {
			HttpResponse<String> response = get(path, "*/*");
			assertProblem(response, 400);
			assertThat(response.body()).as(path).contains("yyyy-MM-dd");
		}
		assertThat(get("/api/v1/events?from=0001-01-01&to=9999-12-31", "application/json").statusCode()).isEqualTo(200);
	}

	/**
	 * A stored day lies from 1600 to 2999: an earlier one came back from the store as another day (the
	 * drivers' Julian calendar), which also left the monthly counts negative after a delete, and a
	 * five-digit year broke the iCalendar export for everyone.
	 */
	@Test
	void aStoredDayOutsideItsRangeIsABadRequestNamingTheField() throws Exception {
		String event = """
				{"slug": "%s", "title": "T", "summary": "S.", "kind": "call", "date": {"start": "%s", "precision": "day"}}""";
		for (String day : List.of("+10000-01-01", "1582-10-10", "0000-01-01", "-0001-06-01", "3000-01-01")) {
			HttpResponse<String> response = send("POST", "/api/v1/events", "application/json", event.formatted("far-day", day));
			assertProblem(response, 400);
			assertThat(JsonPath.<String>read(response.body(), "$.errors[0].field")).as(day).isEqualTo("date.start");
			assertThat(response.body()).contains("1600-01-01", "2999-12-31");
		}
		assertFieldRefused(send("POST", "/api/v1/figures", "application/json", """
				{"slug": "far-figure", "label": "L", "amount": 3, "unit": "tonnes",
				 "period": {"start": "-999999999-01-01", "end": "2025-01-31"}}"""), "period.start");
		assertFieldRefused(send("POST", "/api/v1/sources", "application/json", """
				{"fileName": "far-source.txt", "title": "T", "outlet": "O", "summary": "S.", "sha256": "%s",
				 "publishedOn": "-999999999-12-31", "citations": [], "claims": []}""".formatted("a".repeat(64))),
				"publishedOn");
		assertFieldRefused(send("POST", "/api/v1/ingest", "application/json", """
				{"text": "He Lifeng met Howard Lutnick in London on June 9.", "fileName": "far-ingest.txt",
				 "language": "en", "publishedOn": "-999999999-01-01"}"""), "publishedOn");
		HttpResponse<String> earliest = send("POST", "/api/v1/events", "application/json",
				event.formatted("day-1600", "1600-01-01"));
		assertThat(earliest.statusCode()).as(earliest.body()).isEqualTo(201);
		assertThat(JsonPath.<String>read(earliest.body(), "$.date.start")).isEqualTo("1600-01-01");
	}

	/** A draft source is in no public read: its date neither widens nor names the days asOf takes. */
	@Test
	void aDraftSourceDoesNotMoveThePublicEarliestAsOf() throws Exception {
		HttpResponse<String> draft = send("POST", "/api/v1/sources", "application/json", """
				{"fileName": "early-draft.txt", "title": "T", "outlet": "O", "summary": "S.", "sha256": "%s",
				 "publishedOn": "2024-01-01", "state": "draft", "citations": [], "claims": []}""".formatted("b".repeat(64)));
		assertThat(draft.statusCode()).as(draft.body()).isEqualTo(201);
		try {
			HttpResponse<String> before = get("/api/v1/events?asOf=2024-06-01", "application/json");
			assertProblem(before, 400);
			assertThat(before.body()).contains("asOf").doesNotContain("2024-01-01");
		}
		finally {
			String location = draft.headers().firstValue("Location").orElseThrow();
			String etag = draft.headers().firstValue("ETag").orElseThrow();
			assertThat(send("DELETE", URI.create(location).getPath(), "application/json", "", "If-Match", etag)
				.statusCode()).isEqualTo(204);
		}
	}

	/** The read cache keys on the path without what the firewall refuses; it must not answer such a URL. */
	@Test
	void aURLTheFirewallRefusesIsRefusedEvenWhenItsPathIsCached() throws Exception {
		assertThat(get("/api/v1/stats", "application/json").statusCode()).isEqualTo(200);
		assertThat(get("/api/v1/stats", "application/json").statusCode()).isEqualTo(200);
		assertProblem(get("/api/v1/stats;a=b", "application/json"), 400);
		assertProblem(get("/api/v1/actors/he-lifeng;x=1", "application/json"), 400);
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
	 * An overlong "<" (C0 BC, E0 80 BC), an encoded surrogate and a code point past U+10FFFF are not
	 * UTF-8, though a lenient decoder reads each as a character: refused where they break, nothing
	 * stored; the same body well-formed is taken.
	 */
	@Test
	void aBodyThatIsNotWellFormedUtf8IsRefused() throws Exception {
		List<byte[]> malformed = List.of(new byte[] { (byte) 0xC0, (byte) 0xBC }, new byte[] { (byte) 0xE0, (byte) 0x80,
				(byte) 0xBC }, new byte[] { (byte) 0xED, (byte) 0xA0, (byte) 0x80 },
				new byte[] { (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80 }, new byte[] { (byte) 0xE2, (byte) 0x82 });
		for (byte[] bad : malformed) {
			String answer = postTitled("utf8-malformed", bad);
			assertThat(answer).as(HexFormat.of().formatHex(bad)).startsWith("HTTP/1.1 400")
				.containsIgnoringCase("Content-Type: application/problem+json")
				.contains("not well-formed UTF-8");
		}
		assertThat(get("/api/v1/events/utf8-malformed", "application/json").statusCode()).isEqualTo(404);
		assertThat(postTitled("utf8-malformed", "<".getBytes(StandardCharsets.UTF_8))).startsWith("HTTP/1.1 201");
	}

	/** An event created by an admin whose title is these bytes and then a T, over a raw connection. */
	private String postTitled(String slug, byte[] title) throws IOException {
		String[] around = EVENT.formatted(slug, "").split("\"T\"", 2);
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes((around[0] + "\"").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(title);
		body.writeBytes(("T\"" + around[1]).getBytes(StandardCharsets.UTF_8));
		byte[] head = ("POST /api/v1/events HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nAuthorization: "
				+ LocalHttp.ADMIN + "\r\nContent-Type: application/json\r\nContent-Length: " + body.size() + "\r\n\r\n")
			.getBytes(StandardCharsets.ISO_8859_1);
		ByteArrayOutputStream request = new ByteArrayOutputStream();
		request.writeBytes(head);
		request.writeBytes(body.toByteArray());
		return new String(RawHttp.exchange(this.port, request.toByteArray()), StandardCharsets.UTF_8);
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
			// Framed by its length, not by the close, which may reach a client still sending as a reset.
			assertThat(declared.header("Content-Length")).as(method + " declared")
				.isEqualTo(String.valueOf(declared.body().length));
			Response chunked = answerWithoutFinishing(head + "Transfer-Encoding: chunked\r\n\r\n", 256 * 1024);
			assertThat(chunked.status()).as(method + " chunked").isEqualTo(401);
			assertThat(chunked.contentType()).as(method + " chunked").startsWith("application/problem+json");
		}
	}

	/** The same for a JSON body sent by a client with a valid token: the cap comes before the body is parsed. */
	@Test
	void aChunkedJsonBodyOverTheCapIsRefusedOnceItPassesTheCap() throws Exception {
		String head = "POST /api/v1/events HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + LocalHttp.ADMIN
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

	private void assertFieldRefused(HttpResponse<String> response, String field) {
		assertProblem(response, 400);
		assertThat(JsonPath.<String>read(response.body(), "$.errors[0].field")).isEqualTo(field);
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
		return http().get(path, "Accept", accept);
	}

	/** An admin's request with a body; headers are further names and values. */
	private HttpResponse<String> send(String method, String path, String contentType, String body, String... headers)
			throws Exception {
		return http().send(method, path, contentType, body, headers);
	}

	// One client per test, so one pool of kept-alive connections: the service holds an address to a
	// few connections at once, and a client per request would leave each open until collected.
	private LocalHttp http() {
		if (this.http == null) {
			this.http = new LocalHttp(this.port);
		}
		return this.http;
	}

}
