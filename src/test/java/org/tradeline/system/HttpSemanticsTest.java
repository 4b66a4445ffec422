package org.tradeline.system;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
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
 * What HTTP itself asks of the answers, over real connections: Allow on every 405, a Host that names
 * a host, If-Modified-Since read on the server's clock, and problems that name a long input without
 * sending it back. Same application context as {@link HostileInputTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Tag("database")
class HttpSemanticsTest {

	@LocalServerPort
	int port;

	private LocalHttp http;

	@BeforeEach
	void connect() {
		this.http = new LocalHttp(this.port);
	}

	/**
	 * openapi.yaml bounds every slug at 120 characters: past it in a path is a 400 naming slug and the
	 * bound, on every resource and method, and the answer repeats none of it (nor its path); at the bound
	 * it is looked up. The topic and actor filters are slugs too.
	 */
	@Test
	void aSlugPastItsBoundIsABadRequestThatDoesNotEchoIt() throws Exception {
		String slug = "a".repeat(10_000);
		List<HttpResponse<String>> answers = List.of(get("/api/v1/events/" + slug, "application/json"),
				get("/api/v1/events/" + slug, "application/ld+json"), get("/api/v1/actors/" + slug, "application/json"),
				get("/api/v1/figures/" + slug, "application/json"),
				get("/api/v1/exports/events/" + slug + ".jsonld", "application/ld+json"),
				send("GET", "/api/v1/events/" + slug + "/revisions/1", "application/json", ""),
				send("PATCH", "/api/v1/events/" + slug, "application/merge-patch+json", "{\"title\": \"T\"}", "If-Match",
						"\"x\""),
				send("DELETE", "/api/v1/actors/" + slug, "application/json", "", "If-Match", "\"x\""),
				send("POST", "/api/v1/figures/" + slug + "/restore", "application/json", ""));
		for (HttpResponse<String> answer : answers) {
			assertProblem(answer, 400);
			assertThat(JsonPath.<String>read(answer.body(), "$.errors[0].parameter")).isEqualTo("slug");
			assertThat(JsonPath.<String>read(answer.body(), "$.detail")).isEqualTo("slug must be at most 120 characters");
			assertThat(answer.body()).as(answer.request().method() + " " + answer.uri().getPath().substring(0, 30))
				.doesNotContain("a".repeat(121))
				.hasSizeLessThan(500);
		}
		assertProblem(get("/api/v1/events/" + "a".repeat(120), "application/json"), 404);
		for (String filter : List.of("/api/v1/events?topic=", "/api/v1/exports/events.ics?actor=")) {
			HttpResponse<String> answer = get(filter + "b".repeat(121), "*/*");
			String parameter = filter.substring(filter.indexOf('?') + 1, filter.length() - 1);
			assertProblem(answer, 400);
			assertThat(JsonPath.<String>read(answer.body(), "$.detail"))
				.isEqualTo(parameter + " must be at most 120 characters");
		}
	}

	/**
	 * A problem names the input it refuses but repeats at most a short excerpt of it, however long a
	 * name or value the client sent: an unknown or repeated query parameter, a JSON field, a Content-Type.
	 */
	@Test
	void aLongNameIsRepeatedOnlyInPart() throws Exception {
		String name = "b".repeat(3000);
		List<HttpResponse<String>> answers = List.of(get("/api/v1/events?" + name + "=1", "application/json"),
				get("/api/v1/events?" + name + "=1&" + name + "=2", "application/json"),
				send("POST", "/api/v1/actors", "application/json",
						"{\"slug\": \"long-field\", \"name\": \"N\", \"kind\": \"person\", \"" + name + "\": 1}"),
				send("POST", "/api/v1/actors", "application/" + name, "{}"));
		for (HttpResponse<String> answer : answers) {
			assertThat(answer.statusCode()).isIn(400, 415);
			assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
					type -> assertThat(type).startsWith("application/problem+json"));
			assertThat(answer.body()).contains("b".repeat(100)).doesNotContain("b".repeat(161)).hasSizeLessThan(1500);
		}
		assertThat(get("/api/v1/actors/long-field", "application/json").statusCode()).isEqualTo(404);
	}

	/**
	 * RFC 9110 15.5.6: Allow lists every method the URL serves, HEAD and OPTIONS included (Spring MVC
	 * answers both wherever it maps GET), whoever refused the method: Spring MVC, a static file's
	 * handler, the firewall (TRACK) or the container (TRACE). It is the list OPTIONS answers with.
	 */
	@Test
	void aMethodNotAllowedListsEveryMethodItsUrlServes() throws Exception {
		String event = "/api/v1/events/london-talks";
		String admin = LocalHttp.ADMIN;
		assertAllows(raw("POST", event, "Authorization", admin, "Content-Length", "0"), "GET", "HEAD", "PUT", "PATCH",
				"DELETE", "OPTIONS");
		assertAllows(raw("DELETE", "/api/v1/stats", "Authorization", admin), "GET", "HEAD", "OPTIONS");
		for (String method : List.of("TRACK", "TRACE")) {
			assertAllows(raw(method, "/api/v1/events"), "GET", "HEAD", "POST", "OPTIONS");
			assertAllows(raw(method, event), "GET", "HEAD", "PUT", "PATCH", "DELETE", "OPTIONS");
		}
		String stylesheet = embedAsset("css");
		assertAllows(raw("POST", stylesheet, "Content-Length", "0"), "GET", "HEAD", "OPTIONS");
		for (String path : List.of(event, "/api/v1/events", "/api/v1/stats", stylesheet)) {
			Response options = raw("OPTIONS", path);
			assertThat(options.status()).isEqualTo(200);
			assertThat(allowed(options)).as(path).isEqualTo(allowed(raw("TRACK", path)));
		}
	}

	/**
	 * An http URI has a host (RFC 9110 4.2.1), which HTTP/1.1 carries in Host (RFC 9112 3.2): an empty
	 * one names none, and links built from it would read http://:port/. Refused, as the container
	 * refuses a missing one; HTTP/1.0, which need not send Host, is answered with the server's address.
	 */
	@Test
	void anEmptyHostIsABadRequest() throws Exception {
		String calendar = "GET /api/v1/exports/events.ics?kind=talks ";
		for (String version : List.of("HTTP/1.1", "HTTP/1.0")) {
			Response empty = exchange(calendar + version + "\r\nHost: \r\nConnection: close\r\n\r\n");
			assertThat(empty.status()).as(version).isEqualTo(400);
			assertThat(empty.contentType()).as(version).startsWith("application/problem+json");
			assertThat(JsonPath.<String>read(empty.text(), "$.errors[0].parameter")).isEqualTo("Host");
			assertThat(JsonPath.<String>read(empty.text(), "$.detail")).contains("Host header is empty");
		}
		assertThat(exchange(calendar + "HTTP/1.1\r\nConnection: close\r\n\r\n").status()).isEqualTo(400);
		Response withoutHost = exchange(calendar + "HTTP/1.0\r\n\r\n");
		assertThat(withoutHost.status()).isEqualTo(200);
		assertThat(withoutHost.text()).contains("URL:http://").doesNotContain("//:");
		Response named = exchange(calendar + "HTTP/1.1\r\nHost: localhost:" + this.port + "\r\nConnection: close\r\n\r\n");
		assertThat(named.text()).contains("URL:http://localhost:" + this.port + "/api/v1/events/");
		assertThat(exchange("GET /livez HTTP/1.1\r\nHost: 127.0.0.1:" + this.port + "\r\nConnection: close\r\n\r\n")
			.status()).isEqualTo(200);
	}

	/**
	 * RFC 9110 13.1.3 reads If-Modified-Since on the server's clock; a date past it was copied from no
	 * Last-Modified of this server and validates nothing: the full answer, computed or from the read
	 * cache, and for a static file too. The Last-Modified given still validates.
	 */
	@Test
	void anIfModifiedSinceInTheFutureIsIgnored() throws Exception {
		String tomorrow = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
			.format(ZonedDateTime.now(ZoneOffset.UTC).plusDays(1));
		for (String path : List.of("/api/v1/topics", "/api/v1/events/geneva-talks", embedAsset("js"))) {
			String lastModified = null;
			// Twice: the second answer comes from the read cache where the path is kept there.
			for (int i = 0; i < 2; i++) {
				HttpResponse<String> full = this.http.get(path, "If-Modified-Since", tomorrow);
				assertThat(full.statusCode()).as(path).isEqualTo(200);
				assertThat(full.body()).as(path).isNotEmpty();
				lastModified = full.headers().firstValue("Last-Modified").orElseThrow();
			}
			assertThat(this.http.get(path, "If-Modified-Since", lastModified).statusCode()).as(path).isEqualTo(304);
		}
	}

	/**
	 * A problem says how things stand as it is answered: no cache may keep one (a CDN keeping "no such
	 * event" heuristically would hide the event once created), whoever answers it: a handler, a filter,
	 * the container's error page (TRACE) or its last word on a request it could not read.
	 */
	@Test
	void noProblemIsStored() throws Exception {
		List<HttpResponse<String>> answers = List.of(get("/api/v1/events/nope-x", "application/json"),
				get("/api/v1/events?kind=nope", "application/json"), get("/api/v1/events?tpoic=x", "application/json"),
				get("/api/v1/events/a%2Fb", "application/json"),
				send("PATCH", "/api/v1/actors/nope-x", "application/merge-patch+json", "{}", "If-Match", "*"));
		for (HttpResponse<String> answer : answers) {
			assertThat(answer.statusCode()).as(answer.uri().toString()).isIn(400, 404);
			assertThat(answer.headers().firstValue("Cache-Control")).as(answer.uri().toString()).hasValue("no-store");
		}
		Response trace = raw("TRACE", "/api/v1/events");
		assertThat(trace.status()).isEqualTo(405);
		assertThat(trace.header("Cache-Control")).isEqualTo("no-store");
		String unreadable = new String(RawHttp.exchange(this.port, ("GET /api/v1/actors/" + "a".repeat(20_000)
				+ " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1)),
				StandardCharsets.UTF_8);
		assertThat(unreadable).startsWith("HTTP/1.1 400").containsIgnoringCase("Cache-Control: no-store");
	}

	/** A 405 problem whose Allow lists exactly these methods. */
	private static void assertAllows(Response response, String... methods) {
		assertThat(response.status()).as(response.text()).isEqualTo(405);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(allowed(response)).containsExactlyInAnyOrder(methods);
	}

	private static Set<String> allowed(Response response) {
		String allow = response.header("Allow");
		assertThat(allow).as("Allow").isNotNull();
		return Arrays.stream(allow.split(",")).map(String::strip).collect(Collectors.toSet());
	}

	/** The path of the embed page's stylesheet or script (css or js), versioned by its content. */
	private String embedAsset(String extension) throws Exception {
		Matcher asset = Pattern.compile("assets/timeline-[0-9a-f]{32}\\." + extension)
			.matcher(get("/embed/timeline", "text/html").body());
		assertThat(asset.find()).as(extension).isTrue();
		return "/embed/" + asset.group();
	}

	/** A request over a raw connection (any method); headers are further names and values. */
	private Response raw(String method, String target, String... headers) throws IOException {
		List<String[]> named = new ArrayList<>();
		for (int i = 0; i < headers.length; i += 2) {
			named.add(new String[] { headers[i], headers[i + 1] });
		}
		return RawHttp.send(this.port, method, RawHttp.head(method, target, this.port, named));
	}

	/** The one answer to a request sent whole over a raw connection. */
	private Response exchange(String request) throws IOException {
		return RawHttp.parse(RawHttp.exchange(this.port, request.getBytes(StandardCharsets.ISO_8859_1)));
	}

	private HttpResponse<String> get(String path, String accept) throws Exception {
		return this.http.get(path, "Accept", accept);
	}

	/** An admin's request with a body; headers are further names and values. */
	private HttpResponse<String> send(String method, String path, String contentType, String body, String... headers)
			throws Exception {
		return this.http.send(method, path, contentType, body, headers);
	}

}
