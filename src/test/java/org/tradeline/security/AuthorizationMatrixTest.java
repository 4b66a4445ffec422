package org.tradeline.security;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tradeline.support.ApiTest;
import org.tradeline.support.Editors;
import org.tradeline.token.TokenHashes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every write endpoint (and every read that needs a role) against every kind of caller, asserting
 * the exact status. Requests are built to stop right after authorization (no If-Match, empty
 * bodies, restoring what is not deleted), so no case changes stored data.
 */
@ApiTest
@TestPropertySource(properties = "tradeline.test.context=writes")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

	enum Caller {

		NO_TOKEN, EXPIRED, REVOKED, EDITOR, ADMIN

	}

	/** An endpoint with the status a caller without a token, an editor and an admin get. */
	record Endpoint(HttpMethod method, String uri, String body, String contentType, int anonymous, int editor,
			int admin) {

		Endpoint(HttpMethod method, String uri, String body, String contentType, int editor, int admin) {
			this(method, uri, body, contentType, 401, editor, admin);
		}

		static Endpoint data(HttpMethod method, String uri, String body, int status) {
			String type = (method == HttpMethod.PATCH) ? "application/merge-patch+json" : MediaType.APPLICATION_JSON_VALUE;
			return new Endpoint(method, uri, body, (body != null) ? type : null, status, status);
		}

		@Override
		public String toString() {
			return this.method + " " + this.uri;
		}

	}

	static final List<Endpoint> ENDPOINTS = endpoints();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	Map<Caller, String> tokens;

	private static List<Endpoint> endpoints() {
		List<Endpoint> endpoints = new ArrayList<>();
		for (String[] resource : new String[][] { { "events", "london-talks" }, { "sources", "1" }, { "claims", "1" },
				{ "actors", "he-lifeng" }, { "figures", "rare-earth-exports-2025-05" } }) {
			String base = "/api/v1/" + resource[0];
			String one = base + "/" + resource[1];
			endpoints.add(Endpoint.data(HttpMethod.POST, base, "{}", 400));
			endpoints.add(Endpoint.data(HttpMethod.PUT, one, "{}", 428));
			endpoints.add(Endpoint.data(HttpMethod.PATCH, one, "{}", 428));
			endpoints.add(Endpoint.data(HttpMethod.DELETE, one, null, 428));
			endpoints.add(Endpoint.data(HttpMethod.POST, one + "/restore", null, 409));
		}
		endpoints.add(new Endpoint(HttpMethod.GET, "/api/v1/events/london-talks/revisions", null, null, 200, 200));
		endpoints.add(new Endpoint(HttpMethod.GET, "/api/v1/events/london-talks/revisions/999", null, null, 404, 404));
		endpoints.add(new Endpoint(HttpMethod.GET, "/api/v1/sources/1/revisions", null, null, 200, 200));
		endpoints.add(new Endpoint(HttpMethod.GET, "/api/v1/sources/1/revisions/999", null, null, 404, 404));
		endpoints.add(Endpoint.data(HttpMethod.POST, "/api/v1/ingest", "{}", 400));
		endpoints.add(new Endpoint(HttpMethod.GET, "/api/v1/sources/1/suggestions", null, null, 200, 200));
		endpoints.add(Endpoint.data(HttpMethod.POST, "/api/v1/sources/1/suggestions/decisions", "{}", 400));
		endpoints.add(new Endpoint(HttpMethod.POST, "/api/v1/admin/tokens", "{}", MediaType.APPLICATION_JSON_VALUE, 403,
				400));
		endpoints.add(new Endpoint(HttpMethod.GET, "/api/v1/admin/tokens", null, null, 403, 200));
		endpoints.add(new Endpoint(HttpMethod.DELETE, "/api/v1/admin/tokens/999999", null, null, 403, 404));
		endpoints.add(new Endpoint(HttpMethod.GET, "/api/v1/admin/backup", null, null, 403, 200));
		// Tokens exist by now, so the store is no longer fresh and an import is refused before its body is read.
		endpoints.add(new Endpoint(HttpMethod.POST, "/api/v1/admin/backup", "{}", MediaType.APPLICATION_JSON_VALUE, 403,
				409));
		// Rules hold for every method, however it is spelt: HEAD reveals what GET would (status,
		// Content-Length, ETag), and a plain OPTIONS (not a CORS preflight) is no way around them.
		for (String uri : endpoints.stream().map(Endpoint::uri).distinct().toList()) {
			boolean admin = uri.startsWith("/api/v1/admin/");
			boolean revisions = uri.contains("/revisions") || uri.endsWith("/suggestions");
			boolean restore = uri.endsWith("/restore");
			boolean tokenId = uri.startsWith("/api/v1/admin/tokens/");
			// Claims are read through their subjects: there is no list of them to GET.
			boolean noGet = restore || tokenId || uri.equals("/api/v1/claims") || uri.equals("/api/v1/ingest")
					|| uri.endsWith("/decisions");
			int head = noGet ? 405 : uri.endsWith("/revisions/999") ? 404 : 200;
			if (admin) {
				endpoints.add(new Endpoint(HttpMethod.HEAD, uri, null, null, 401, 403, head));
				endpoints.add(new Endpoint(HttpMethod.OPTIONS, uri, null, null, 401, 403, 200));
			}
			else if (revisions) {
				endpoints.add(new Endpoint(HttpMethod.HEAD, uri, null, null, 401, head, head));
				endpoints.add(new Endpoint(HttpMethod.OPTIONS, uri, null, null, 401, 200, 200));
			}
			else {
				endpoints.add(new Endpoint(HttpMethod.HEAD, uri, null, null, head, head, head));
				endpoints.add(new Endpoint(HttpMethod.OPTIONS, uri, null, null, 200, 200, 200));
			}
		}
		return endpoints;
	}

	static Stream<Arguments> matrix() {
		return ENDPOINTS.stream().flatMap(e -> Stream.of(Caller.values()).map(c -> Arguments.of(e, c)));
	}

	@BeforeAll
	void tokens() throws Exception {
		String expired = "tl_expired-token-for-the-authorization-matrix";
		Instant now = Instant.now();
		this.jdbc.update("insert into api_token (name, role, token_hash, created_by, created_at, expires_at) "
				+ "values ('matrix-expired', 'EDITOR', ?, 'test', ?, ?)", TokenHashes.sha256(expired),
				Timestamp.from(now.minus(Duration.ofDays(2))), Timestamp.from(now.minus(Duration.ofDays(1))));
		String revoked = Editors.editor(this.mvc, "matrix-revoked");
		String body = this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.get("/api/v1/admin/tokens?size=100")
			.with(Editors.bearer(Editors.BOOTSTRAP_ADMIN))).andReturn().getResponse().getContentAsString();
		int id = JsonPath.<List<Integer>>read(body, "$.items[?(@.name == 'matrix-revoked')].id").get(0);
		assertThat(this.mvc.perform(delete("/api/v1/admin/tokens/" + id).with(Editors.bearer(Editors.BOOTSTRAP_ADMIN)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(204);
		this.tokens = Map.of(Caller.EXPIRED, expired, Caller.REVOKED, revoked, Caller.EDITOR,
				Editors.editor(this.mvc, "matrix-editor"), Caller.ADMIN, Editors.create(this.mvc, "matrix-admin", "admin"));
	}

	@ParameterizedTest(name = "{0} as {1}")
	@MethodSource("matrix")
	void answersWithTheExactStatus(Endpoint endpoint, Caller caller) throws Exception {
		MockHttpServletRequestBuilder request = request(endpoint.method(), endpoint.uri());
		if (endpoint.body() != null) {
			request.contentType(endpoint.contentType()).content(endpoint.body());
		}
		if (caller != Caller.NO_TOKEN) {
			request.with(Editors.bearer(this.tokens.get(caller)));
		}
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		int expected = switch (caller) {
			case NO_TOKEN -> endpoint.anonymous();
			case EXPIRED, REVOKED -> 401;
			case EDITOR -> endpoint.editor();
			case ADMIN -> endpoint.admin();
		};
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(expected);
		if (expected == 401 || expected == 403) {
			assertThat(response.getHeader("ETag")).as("no validator for a refused request").isNull();
		}
		if (expected == 401) {
			assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			assertThat(response.getHeader("WWW-Authenticate")).startsWith("Bearer realm=\"tradeline\"");
			if (caller != Caller.NO_TOKEN) {
				assertThat(response.getHeader("WWW-Authenticate")).contains("error=\"invalid_token\"");
			}
		}
		if (expected == 403) {
			assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			assertThat(response.getHeader("WWW-Authenticate")).contains("insufficient_scope");
		}
	}

	/** A CORS preflight carries no credentials: it is answered as CORS says, on restricted paths too. */
	@org.junit.jupiter.api.Test
	void aPreflightToARestrictedPathIsAnsweredByCors() throws Exception {
		MockHttpServletResponse preflight = this.mvc.perform(request(HttpMethod.OPTIONS,
				"/api/v1/events/london-talks/revisions")
			.header("Origin", "https://reader.example")
			.header("Access-Control-Request-Method", "GET")).andReturn().getResponse();
		assertThat(preflight.getStatus()).isEqualTo(200);
		assertThat(preflight.getHeader("Access-Control-Allow-Origin")).isNotNull();
		assertThat(preflight.getContentAsString()).isEmpty();
	}

	/** Every operation of the contract that is not a public read has its row, so a new one cannot be missed. */
	@org.junit.jupiter.api.Test
	void matrixCoversEveryRestrictedOperationOfTheContract() {
		List<String> restricted = new ArrayList<>();
		new OpenAPIV3Parser().read("openapi.yaml").getPaths().forEach((path, item) -> item.readOperationsMap()
			.forEach((method, operation) -> {
				boolean publicRead = method == PathItem.HttpMethod.GET && !path.startsWith("/api/v1/admin/")
						&& !path.contains("/revisions");
				if (!publicRead) {
					restricted.add(method + " " + path);
				}
			}));
		assertThat(restricted).hasSizeGreaterThan(30);
		for (String operation : restricted) {
			String[] parts = operation.split(" ");
			String uri = "\\Q" + parts[1].replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q") + "\\E";
			for (String method : List.of(parts[0], "HEAD", "OPTIONS")) {
				assertThat(ENDPOINTS).as(method + " " + parts[1])
					.anyMatch(e -> e.method().name().equals(method) && e.uri().matches(uri));
			}
		}
	}

}
