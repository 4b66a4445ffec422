package org.tradeline.system;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * One input policy for the request line, over real connections: a control character (a tab or line
 * break too) in any query value or path segment, or white space in a path, is a 400 naming the
 * parameter or the URL, before any handler runs; the embed page's files take no query parameter and
 * are served only to a client that accepts their type; and the answers written before the filters or
 * the security chain run carry the request id and the security headers every answer carries. Same
 * application context as {@link HostileInputTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Tag("database")
class RequestLinePolicyTest {

	@LocalServerPort
	int port;

	private LocalHttp http;

	@BeforeEach
	void connect() {
		this.http = new LocalHttp(this.port);
	}

	@Test
	void aControlCharacterInAnyQueryValueIsRefusedNamingItsParameter() throws Exception {
		Map<String, String> refused = Map.ofEntries(Map.entry("/api/v1/events?page=0%09", "page"),
				Map.entry("/api/v1/events?size=5%0A", "size"), Map.entry("/api/v1/events?from=2025-06-01%09", "from"),
				Map.entry("/api/v1/events?to=2025-06-01%0D", "to"), Map.entry("/api/v1/events?disputed=true%09", "disputed"),
				Map.entry("/api/v1/events?asOf=2025-06-10%09", "asOf"),
				Map.entry("/api/v1/events?updatedSince=2026-12-03T15:50:00Z%09", "updatedSince"),
				Map.entry("/api/v1/events?q=a%09b", "q"), Map.entry("/api/v1/events?topic=%09tariffs", "topic"),
				Map.entry("/api/v1/events?sort=date%7F", "sort"), Map.entry("/api/v1/events?kind=talks%C2%85", "kind"),
				Map.entry("/api/v1/exports/changes.atom?size=5%09", "size"),
				Map.entry("/embed/timeline?theme=dark%09", "theme"));
		for (Map.Entry<String, String> target : refused.entrySet()) {
			HttpResponse<String> answer = this.http.get(target.getKey());
			assertProblem(answer, 400);
			assertThat(JsonPath.<String>read(answer.body(), "$.errors[0].parameter")).as(target.getKey())
				.isEqualTo(target.getValue());
			assertThat(JsonPath.<String>read(answer.body(), "$.detail")).as(target.getKey())
				.contains("control character");
		}
		// Spaces around a value are still no part of it.
		for (String padded : List.of("/api/v1/events?page=%200", "/api/v1/events?size=5%20", "/embed/timeline?theme=%20dark")) {
			assertThat(this.http.get(padded).statusCode()).as(padded).isEqualTo(200);
		}
	}

	@Test
	void aPathWithAControlCharacterOrWhiteSpaceIsMalformed() throws Exception {
		for (String path : List.of("/api/v1/sources/1%09", "/api/v1/claims/%091", "/api/v1/claims/%201",
				"/api/v1/claims/1%20", "/api/v1/claims/1%E2%80%83", "/api/v1/events/london-talks%20",
				"/api/v1/events/london-talks%7F", "/api/v1/events/london-talks%C2%85", "/api/v1/actors/he-lifeng%09")) {
			HttpResponse<String> answer = this.http.get(path, "Accept", "application/json");
			assertProblem(answer, 400);
			assertThat(JsonPath.<String>read(answer.body(), "$.errors[0].parameter")).as(path).isEqualTo("url");
		}
		for (String path : List.of("/api/v1/sources/1", "/api/v1/claims/1", "/api/v1/events/london-talks")) {
			assertThat(this.http.get(path, "Accept", "application/json").statusCode()).as(path).isEqualTo(200);
		}
	}

	@Test
	void theEmbedFilesTakeNoQueryParameterAndAnswerOnlyTheirType() throws Exception {
		String stylesheet = embedAsset("css");
		HttpResponse<String> busted = this.http.get(stylesheet + "?cachebuster=1");
		assertProblem(busted, 400);
		assertThat(JsonPath.<String>read(busted.body(), "$.errors[0].parameter")).isEqualTo("cachebuster");
		assertProblem(this.http.get(embedAsset("js") + "?v=2"), 400);

		for (String excluding : List.of("application/xml", "application/problem+json", "text/css;q=0, application/json")) {
			HttpResponse<String> refused = this.http.get(stylesheet, "Accept", excluding);
			assertProblem(refused, 406);
			assertThat(refused.headers().firstValue("Accept")).as(excluding).hasValue("text/css");
		}
		for (String accepting : List.of("text/css", "text/*", "*/*", "text/css, application/xml;q=0.5")) {
			HttpResponse<String> served = this.http.get(stylesheet, "Accept", accepting);
			assertThat(served.statusCode()).as(accepting).isEqualTo(200);
			assertThat(served.headers().firstValue("Content-Type")).as(accepting)
				.hasValueSatisfying(type -> assertThat(type).startsWith("text/css"));
		}
		// A file that is not there is the problem it meets, for a client that takes problems.
		HttpResponse<String> missing = this.http.get("/embed/assets/timeline-" + "0".repeat(32) + ".css", "Accept",
				"application/problem+json");
		assertProblem(missing, 404);
	}

	/**
	 * Refused by the container before any filter (an encoded slash, NUL, an encoded dot segment), or by
	 * the firewall before the security chain's header writer (a semicolon, TRACE, TRACK): still the
	 * caller's request id in the header and the body, and the API's security headers.
	 */
	@Test
	void aRefusalBeforeTheFiltersCarriesTheRequestIdAndTheSecurityHeaders() throws Exception {
		List<Response> refusals = new ArrayList<>();
		for (String target : List.of("/api/v1/events/a%2Fb", "/api/v1/events/a%00", "/api/v1/events/..%2f",
				"/api/v1/events/a;b")) {
			refusals.add(raw("GET", target));
		}
		refusals.add(raw("TRACE", "/api/v1/events"));
		refusals.add(raw("TRACK", "/api/v1/events"));
		for (Response refusal : refusals) {
			assertThat(refusal.status()).as(refusal.text()).isIn(400, 405);
			assertThat(refusal.contentType()).startsWith("application/problem+json");
			assertThat(refusal.header("X-Request-Id")).as(refusal.text()).isEqualTo("probe-rid-1");
			assertThat(JsonPath.<String>read(refusal.text(), "$.requestId")).isEqualTo("probe-rid-1");
			assertThat(refusal.header("X-Content-Type-Options")).as(refusal.text()).isEqualTo("nosniff");
			assertThat(refusal.header("X-Frame-Options")).as(refusal.text()).isEqualTo("DENY");
			assertThat(refusal.header("Referrer-Policy")).as(refusal.text()).isEqualTo("no-referrer");
			assertThat(refusal.header("Content-Security-Policy")).as(refusal.text()).contains("frame-ancestors 'none'");
		}
		// Without an id of the caller's, the container's refusal makes one, as the filter would.
		Response anonymous = RawHttp.send(this.port, "GET", RawHttp.head("GET", "/api/v1/events/a%2Fb", this.port, List.of()));
		assertThat(anonymous.header("X-Request-Id")).matches("[0-9a-f]{16}");
		assertThat(JsonPath.<String>read(anonymous.text(), "$.requestId")).isEqualTo(anonymous.header("X-Request-Id"));
	}

	private Response raw(String method, String target) throws IOException {
		List<String[]> headers = List.<String[]>of(new String[] { "X-Request-Id", "probe-rid-1" });
		return RawHttp.send(this.port, method, RawHttp.head(method, target, this.port, headers));
	}

	/** The path of the embed page's stylesheet or script (css or js), versioned by its content. */
	private String embedAsset(String extension) throws Exception {
		Matcher asset = Pattern.compile("assets/timeline-[0-9a-f]{32}\\." + extension)
			.matcher(this.http.get("/embed/timeline", "Accept", "text/html").body());
		assertThat(asset.find()).as(extension).isTrue();
		return "/embed/" + asset.group();
	}

}
