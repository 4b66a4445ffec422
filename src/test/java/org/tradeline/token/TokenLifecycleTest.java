package org.tradeline.token;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.tradeline.support.Api;
import org.tradeline.support.ApiTest;
import org.tradeline.support.Editors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.tradeline.support.Api.read;

@ApiTest
@TestPropertySource(properties = "tradeline.test.context=writes")
class TokenLifecycleTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void tokenIsShownOnceStoredAsHashAndRevocable() throws Exception {
		Api admin = new Api(this.mvc, Editors.BOOTSTRAP_ADMIN);
		MockHttpServletResponse created = admin.post("/api/v1/admin/tokens",
				"{\"name\": \"lifecycle\", \"role\": \"editor\", \"expiresAt\": \"2999-01-01T00:00:00Z\"}");
		assertThat(created.getStatus()).isEqualTo(201);
		String secret = read(created, "$.token");
		int id = read(created, "$.id");
		assertThat(secret).startsWith("tl_").hasSizeGreaterThanOrEqualTo(3 + 43);
		assertThat(created.getHeader("Location")).isEqualTo("/api/v1/admin/tokens/" + id);

		// Stored as its SHA-256 only; never listed again.
		assertThat(this.jdbc.queryForObject("select token_hash from api_token where id = ?", String.class, id))
			.isEqualTo(TokenHashes.sha256(secret))
			.isNotEqualTo(secret);
		assertThat(this.jdbc.queryForObject("select count(*) from api_token where token_hash = ?", Integer.class, secret))
			.isZero();
		MockHttpServletResponse listed = admin.get("/api/v1/admin/tokens?size=100");
		assertThat(listed.getContentAsString()).doesNotContain(secret).doesNotContain(TokenHashes.sha256(secret));
		assertThat((List<String>) read(listed, "$.items[*].name")).contains("lifecycle");

		Api editor = new Api(this.mvc, secret);
		assertThat(editor.post("/api/v1/actors", "{\"slug\": \"lifecycle-actor\", \"name\": \"Someone\", \"kind\": \"person\"}")
			.getStatus()).isEqualTo(201);
		assertThat(editor.get("/api/v1/admin/tokens").getStatus()).isEqualTo(403);
		assertThat(admin.post("/api/v1/admin/tokens", "{\"name\": \"lifecycle\", \"role\": \"admin\"}").getStatus())
			.as("names are unique")
			.isEqualTo(409);

		assertThat(admin.delete("/api/v1/admin/tokens/" + id, null).getStatus()).isEqualTo(204);
		MockHttpServletResponse refused = editor.post("/api/v1/actors",
				"{\"slug\": \"lifecycle-actor-2\", \"name\": \"Someone\", \"kind\": \"person\"}");
		assertThat(refused.getStatus()).isEqualTo(401);
		assertThat(refused.getHeader("WWW-Authenticate")).contains("invalid_token");
		assertThat((String) read(admin.get("/api/v1/admin/tokens?size=100"),
				"$.items[?(@.name == 'lifecycle')].revokedAt").toString()).contains("T");
	}

	@Test
	void expiryMustBeInTheFuture() throws Exception {
		Api admin = new Api(this.mvc, Editors.BOOTSTRAP_ADMIN);
		MockHttpServletResponse response = admin.post("/api/v1/admin/tokens",
				"{\"name\": \"past\", \"role\": \"editor\", \"expiresAt\": \"2000-01-01T00:00:00Z\"}");
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat((List<String>) read(response, "$.errors[*].field")).containsExactly("expiresAt");
	}

	@Test
	void expiryIsAnsweredAtThePrecisionItIsStored() throws Exception {
		Api admin = new Api(this.mvc, Editors.BOOTSTRAP_ADMIN);
		MockHttpServletResponse created = admin.post("/api/v1/admin/tokens",
				"{\"name\": \"precise\", \"role\": \"editor\", \"expiresAt\": \"2031-01-01T00:00:00.9999999Z\"}");
		assertThat(created.getStatus()).isEqualTo(201);
		int id = read(created, "$.id");
		Instant stored = this.jdbc
			.queryForObject("select expires_at from api_token where id = ?", OffsetDateTime.class, id)
			.toInstant();
		assertThat(stored).isEqualTo(Instant.parse("2031-01-01T00:00:00.999999Z"));
		assertThat(Instant.parse(read(created, "$.expiresAt"))).isEqualTo(stored);
		assertThat((List<String>) read(admin.get("/api/v1/admin/tokens?size=100"),
				"$.items[?(@.name == 'precise')].expiresAt")).map(Instant::parse)
			.containsExactly(stored);
	}

	@ParameterizedTest
	@ValueSource(strings = { "bootstrap-admin", "seed-corrections", "system" })
	void namesThatRevisionsGiveToAuthorsWithoutATokenAreReserved(String name) throws Exception {
		Api admin = new Api(this.mvc, Editors.BOOTSTRAP_ADMIN);
		MockHttpServletResponse refused = admin.post("/api/v1/admin/tokens",
				"{\"name\": \"" + name + "\", \"role\": \"editor\"}");
		assertThat(refused.getStatus()).isEqualTo(409);
		assertThat((String) read(refused, "$.detail")).contains("reserved");
		assertThat(this.jdbc.queryForObject("select count(*) from api_token where name = ?", Integer.class, name))
			.isZero();
	}

	@Test
	void malformedAuthorizationIsRefusedEvenForReads() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/api/v1/events").header("Authorization", "Basic abc"))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(401);
		assertThat(response.getHeader("WWW-Authenticate")).contains("invalid_token");
	}

	@Test
	void securityHeadersAndFraming() throws Exception {
		MockHttpServletResponse api = this.mvc.perform(get("/api/v1/topics")).andReturn().getResponse();
		assertThat(api.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(api.getHeader("X-Frame-Options")).isEqualTo("DENY");
		assertThat(api.getHeader("Referrer-Policy")).isEqualTo("no-referrer");
		assertThat(api.getHeader("Content-Security-Policy")).contains("frame-ancestors 'none'");
		assertThat(api.getHeader("Strict-Transport-Security")).as("HSTS only over HTTPS").isNull();
		MockHttpServletResponse secure = this.mvc.perform(get("/api/v1/topics").secure(true)).andReturn().getResponse();
		assertThat(secure.getHeader("Strict-Transport-Security")).contains("max-age=31536000");

		MockHttpServletResponse embed = this.mvc.perform(get("/embed/timeline")).andReturn().getResponse();
		assertThat(embed.getHeader("X-Frame-Options")).isNull();
		// Framable by any site; the rest of the embed policy is EmbedPageTest's to check.
		assertThat(embed.getHeader("Content-Security-Policy")).contains("frame-ancestors *");
	}

	@Test
	void corsAllowsReadsFromAnyOriginAndWritesFromNone() throws Exception {
		MockHttpServletResponse read = this.mvc.perform(options("/api/v1/events").header("Origin", "https://news.example")
			.header("Access-Control-Request-Method", "GET")).andReturn().getResponse();
		assertThat(read.getStatus()).isEqualTo(200);
		assertThat(read.getHeader("Access-Control-Allow-Origin")).isEqualTo("https://news.example");

		MockHttpServletResponse write = this.mvc.perform(options("/api/v1/events").header("Origin", "https://news.example")
			.header("Access-Control-Request-Method", "POST")
			.header("Access-Control-Request-Headers", "authorization,content-type")).andReturn().getResponse();
		assertThat(write.getStatus()).isEqualTo(403);
		assertThat(write.getHeader("Access-Control-Allow-Origin")).isNull();
	}

	/** A mirror in a browser follows a sync's next page: its script must be let read Link. */
	@Test
	void aCrossOriginSyncExposesItsNextPageLink() throws Exception {
		MockHttpServletResponse page = this.mvc
			.perform(get("/api/v1/events").param("updatedSince", "1970-01-01T00:00:00Z")
				.param("size", "1")
				.header("Origin", "https://mirror.example"))
			.andReturn()
			.getResponse();
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getHeader("Link")).contains("rel=\"next\"");
		assertThat(page.getHeader("Access-Control-Allow-Origin")).isEqualTo("https://mirror.example");
		assertThat(List.of(page.getHeader("Access-Control-Expose-Headers").split(",\\s*"))).contains("Link", "ETag",
				"Last-Modified", "Retry-After");
	}

}
