package org.tradeline.system;

import java.net.http.HttpResponse;
import java.util.Collections;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tradeline.support.LocalHttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tradeline.support.Problems.assertProblem;

/**
 * One case per leniency a black-box probe found, over real HTTP: requests the contract does not
 * allow are refused with the problem+json it documents, instead of being read some other way.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Tag("database")
class StrictRequestsTest {

	static final String SINCE = "updatedSince=2025-06-10T00:00:00Z";

	@LocalServerPort
	int port;

	private LocalHttp http;

	@Test
	void anAcceptHeaderWithTooManyMediaTypesIsIgnored() throws Exception {
		String many = String.join(", ", Collections.nCopies(51, "application/json"));
		HttpResponse<String> stats = get("/api/v1/stats", "Accept", many);
		assertThat(stats.statusCode()).as(stats.body()).isEqualTo(200);
		assertThat(stats.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/json"));
		assertProblem(get("/api/v1/events/no-such-event", "Accept", many), 404);
		// Spread over two header lines, as Spring reads them: together over the limit.
		String half = String.join(", ", Collections.nCopies(30, "application/json"));
		assertThat(get("/api/v1/stats", "Accept", half, "Accept", half).statusCode()).isEqualTo(200);
		assertThat(get("/api/v1/events", "Accept", half, "Accept", half).statusCode()).isEqualTo(200);
	}

	@Test
	void aJsonResourceAnswersOnlyTheMediaTypesTheContractDeclares() throws Exception {
		String source = "/api/v1/sources/" + aSource();
		for (String path : List.of("/api/v1/stats", "/api/v1/topics", source, "/api/v1/events")) {
			for (String accept : List.of("application/yaml", "application/foo+json", "application/x-yaml",
					"image/png", "application/merge-patch+json")) {
				HttpResponse<String> refused = get(path, "Accept", accept);
				assertProblem(refused, 406);
				assertThat(refused.headers().firstValue("Cache-Control").orElse("")).as(path + " " + accept)
					.doesNotContain("public");
			}
			HttpResponse<String> json = get(path, "Accept", "application/json");
			assertThat(json.statusCode()).as(path).isEqualTo(200);
			assertThat(json.headers().firstValue("Content-Type")).hasValueSatisfying(
					type -> assertThat(type).startsWith("application/json"));
			HttpResponse<String> preferred = get(path, "Accept", "application/yaml, application/json;q=0.5");
			assertThat(preferred.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(
					type -> assertThat(type).startsWith("application/json"));
		}
		// What the contract declares beside JSON is still served.
		assertThat(contentType(get("/api/v1/events/xi-trump-call", "Accept", "application/ld+json")))
			.startsWith("application/ld+json");
		assertThat(contentType(get("/api/v1/events", "Accept", "text/csv"))).startsWith("text/csv");
		assertThat(contentType(get("/api/v1/events", "Accept", "text/calendar"))).startsWith("text/calendar");
		assertProblem(get("/api/v1/actors/no-such-actor", "Accept", "application/yaml"), 404);
		// Where each representation is a mapping of its own, Accept is judged before the handler runs.
		HttpResponse<String> unknownEvent = get("/api/v1/events/no-such-event", "Accept", "application/yaml");
		assertProblem(unknownEvent, 406);
		assertThat(JsonPath.<String>read(unknownEvent.body(), "$.detail")).contains("application/json",
				"application/ld+json");
		assertThat(get("/v3/api-docs", "Accept", "application/json").statusCode()).isEqualTo(200);
		HttpResponse<String> yaml = get("/v3/api-docs.yaml", "Accept", "*/*");
		assertThat(yaml.statusCode()).isEqualTo(200);
		assertThat(yaml.body()).startsWith("openapi:");
		// Merge patches are still read.
		String etag = get("/api/v1/actors/he-lifeng", "Accept", "application/json").headers()
			.firstValue("ETag")
			.orElseThrow();
		assertThat(send("PATCH", "/api/v1/actors/he-lifeng", "application/merge-patch+json",
				"{\"name\": \"He Lifeng\"}", "If-Match", etag).statusCode()).isEqualTo(200);
	}

	/**
	 * A client that accepts only problem details gets the problem its read meets, even where each
	 * representation is a mapping of its own; a success it still does not get, from the handler or
	 * from the read cache, nor from a handler that writes its answer itself.
	 */
	@Test
	void aClientAcceptingOnlyProblemsGetsTheProblemItsReadMeets() throws Exception {
		for (String accept : List.of("application/problem+json", "application/problem+json, application/yaml")) {
			HttpResponse<String> unknown = get("/api/v1/events/no-such-event", "Accept", accept);
			assertProblem(unknown, 404);
			assertThat(JsonPath.<String>read(unknown.body(), "$.detail")).contains("no-such-event");
		}
		assertThat(get("/api/v1/events/xi-trump-call", "Accept", "application/json").statusCode()).isEqualTo(200);
		for (String path : List.of("/api/v1/events/xi-trump-call", "/api/v1/events", "/api/v1/exports/timeline.json", "/api/v1/actors/he-lifeng")) {
			assertProblem(get(path, "Accept", "application/problem+json"), 406);
		}
		// Beside a type the URL serves, that type is answered as before.
		assertThat(contentType(get("/api/v1/events/xi-trump-call", "Accept",
				"application/problem+json, application/ld+json"))).startsWith("application/ld+json");
		assertThat(contentType(get("/api/v1/events", "Accept", "application/problem+json, text/csv")))
			.startsWith("text/csv");
	}

	@Test
	void aBooleanParameterIsTrueOrFalse() throws Exception {
		for (String word : List.of("yes", "on", "1", "no", "0", "TRUE", "False")) {
			assertInvalidParameter(get("/api/v1/events?disputed=" + word), "disputed");
			assertInvalidParameter(get("/api/v1/exports/events.csv?disputed=" + word), "disputed");
			assertInvalidParameter(get("/api/v1/sources?includeDeleted=" + word + "&" + SINCE), "includeDeleted");
		}
		assertInvalidParameter(get("/api/v1/events?includeDeleted=yes&" + SINCE), "includeDeleted");
		assertThat(get("/api/v1/events?disputed=true").statusCode()).isEqualTo(200);
		assertThat(get("/api/v1/events?disputed=false").statusCode()).isEqualTo(200);
		assertThat(get("/api/v1/sources?includeDeleted=true&" + SINCE).statusCode()).isEqualTo(200);
	}

	@Test
	void aQueryParameterGivenTwiceIsRefused() throws Exception {
		for (String query : List.of("q=truce&q=tariff", "size=5&size=5", "topic=tariffs&topic=rare-earths",
				"q=truce&%71=tariff")) {
			HttpResponse<String> response = get("/api/v1/events?" + query);
			String name = query.substring(0, query.indexOf('='));
			assertInvalidParameter(response, name);
			assertThat(JsonPath.<String>read(response.body(), "$.detail")).isEqualTo(name + " is given more than once");
		}
		assertInvalidParameter(get("/api/v1/events?" + SINCE + "&" + SINCE), "updatedSince");
		assertInvalidParameter(get("/api/v1/exports/events.csv?q=truce&q=tariff"), "q");
		assertThat(get("/api/v1/events?q=truce").statusCode()).isEqualTo(200);
	}

	@Test
	void aBodyScalarOfTheWrongTypeIsRefusedNotCoerced() throws Exception {
		String claim = """
				{"source": %s, "subject": {"type": "event", "slug": "geneva-talks"}, "attribute": "location",
				 "value": "Geneva", "valueLabel": "Geneva", "excerpt": "in Geneva"}""";
		assertInvalidField(post("/api/v1/claims", claim.formatted("1.9")), "source");
		assertInvalidField(post("/api/v1/claims", claim.formatted("\"1\"")), "source");
		assertInvalidField(post("/api/v1/actors", "{\"slug\": \"coerced\", \"name\": true, \"kind\": \"person\"}"),
				"name");
		assertInvalidField(post("/api/v1/actors", "{\"slug\": \"coerced\", \"name\": 12, \"kind\": \"person\"}"),
				"name");
		assertInvalidField(post("/api/v1/actors", "{\"slug\": \"coerced\", \"name\": [\"A\"], \"kind\": \"person\"}"),
				"name");
		assertInvalidField(post("/api/v1/actors", "{\"slug\": \"coerced\", \"name\": \"A\", \"kind\": 0}"),
				"kind");
		String event = """
				{"slug": "coerced-event", "title": "T", "summary": %s, "kind": "call",
				 "date": {"start": %s, "precision": "day"}}""";
		assertInvalidField(post("/api/v1/events", event.formatted("1e999999", "\"2025-05-11\"")), "summary");
		assertInvalidField(post("/api/v1/events", event.formatted("\"S.\"", "[2025, 5, 11]")), "date.start");
		String figure = """
				{"slug": "coerced-figure", "label": "L", "amount": %s, "unit": "t", "period": %s}""";
		assertInvalidField(post("/api/v1/figures", figure.formatted("\"12.5\"", "null")), "amount");
		assertInvalidField(post("/api/v1/figures",
				figure.formatted("12.5", "{\"start\": \"2025-05-01\", \"end\": []}")), "period.end");
		assertInvalidField(post("/api/v1/figures",
				figure.formatted("12.5", "{\"start\": \"2025-05-01\", \"end\": {}}")), "period.end");
		assertThat(get("/api/v1/actors/coerced").statusCode()).isEqualTo(404);
		assertThat(get("/api/v1/events/coerced-event").statusCode()).isEqualTo(404);
		assertThat(get("/api/v1/figures/coerced-figure").statusCode()).isEqualTo(404);
		assertThat(post("/api/v1/figures", figure.formatted("12.5", "{\"start\": \"2025-05-01\"}")).statusCode())
			.isEqualTo(201);
	}

	/** A sign is not part of a number in the contract; leading zeros and percent-encoded digits name the same id. */
	@Test
	void aPathIdWithASignIsNotANumber() throws Exception {
		int id = aSource();
		assertInvalidParameter(get("/api/v1/sources/+" + id), "id");
		assertInvalidParameter(get("/api/v1/events/xi-trump-call/revisions/+1", "Authorization", LocalHttp.ADMIN), "number");
		assertThat(get("/api/v1/sources/" + id).statusCode()).isEqualTo(200);
		assertThat(get("/api/v1/sources/0" + id).statusCode()).isEqualTo(200);
	}

	/** The id of a published source (other tests in this context may delete some). */
	private int aSource() throws Exception {
		return JsonPath.<Integer>read(get("/api/v1/sources?size=1").body(), "$.items[0].id");
	}

	private void assertInvalidParameter(HttpResponse<String> response, String parameter) {
		assertProblem(response, 400);
		assertThat(JsonPath.<String>read(response.body(), "$.errors[0].parameter")).as(response.uri().toString())
			.isEqualTo(parameter);
	}

	private void assertInvalidField(HttpResponse<String> response, String field) {
		assertProblem(response, 400);
		assertThat(JsonPath.<String>read(response.body(), "$.errors[0].field")).as(response.body()).isEqualTo(field);
	}

	private static String contentType(HttpResponse<String> response) {
		return response.headers().firstValue("Content-Type").orElse("");
	}

	/** An admin's JSON POST. */
	private HttpResponse<String> post(String path, String body) throws Exception {
		return send("POST", path, "application/json", body);
	}

	/** A GET; headers are further names and values. */
	private HttpResponse<String> get(String path, String... headers) throws Exception {
		return http().get(path, headers);
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
