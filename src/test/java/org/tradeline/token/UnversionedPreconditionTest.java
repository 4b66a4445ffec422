package org.tradeline.token;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.tradeline.support.Api;
import org.tradeline.support.ApiTest;
import org.tradeline.support.Editors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tradeline.support.Api.read;

/**
 * A create, a restore or a revocation acts on nothing whose version an ETag could name: an If-Match
 * listing tags cannot hold, so the request is refused with 412 and nothing is done (RFC 9110
 * 13.1.1); "*" and no If-Match at all go through.
 */
@ApiTest
@TestPropertySource(properties = "tradeline.test.context=writes")
class UnversionedPreconditionTest {

	private static final String EVENT = """
			{"slug": "%s", "title": "Follow-up call", "summary": "Negotiators spoke again.", "kind": "call",
			 "date": {"start": "2025-06-11", "precision": "day"}}""";

	@Autowired
	MockMvc mvc;

	@Test
	void aCreateWithATagIsRefusedAndCreatesNothing() throws Exception {
		Api api = new Api(this.mvc, Editors.editor(this.mvc, "unversioned-creator"));
		MockHttpServletResponse tagged = api.send(MockMvcRequestBuilders.post("/api/v1/events")
			.contentType("application/json")
			.header(HttpHeaders.IF_MATCH, "\"no-such-tag\"")
			.content(EVENT.formatted("unversioned-tagged-call")));
		assertThat(tagged.getStatus()).as(tagged.getContentAsString()).isEqualTo(412);
		assertThat(tagged.getContentType()).isEqualTo("application/problem+json");
		assertThat(api.get("/api/v1/events/unversioned-tagged-call?state=all").getStatus()).isEqualTo(404);

		MockHttpServletResponse any = api.send(MockMvcRequestBuilders.post("/api/v1/events")
			.contentType("application/json")
			.header(HttpHeaders.IF_MATCH, "*")
			.content(EVENT.formatted("unversioned-any-call")));
		assertThat(any.getStatus()).as(any.getContentAsString()).isEqualTo(201);

		MockHttpServletResponse malformed = api.send(MockMvcRequestBuilders.post("/api/v1/events")
			.contentType("application/json")
			.header(HttpHeaders.IF_MATCH, "no-quotes")
			.content(EVENT.formatted("unversioned-malformed-call")));
		assertThat(malformed.getStatus()).isEqualTo(400);
	}

	@Test
	void aRestoreWithATagIsRefusedAndLeavesItDeleted() throws Exception {
		Api api = new Api(this.mvc, Editors.editor(this.mvc, "unversioned-restorer"));
		String uri = "/api/v1/events/unversioned-restored-call";
		assertThat(api.post("/api/v1/events", EVENT.formatted("unversioned-restored-call")).getStatus()).isEqualTo(201);
		assertThat(api.delete(uri, "*").getStatus()).isEqualTo(204);

		MockHttpServletResponse tagged = api
			.send(MockMvcRequestBuilders.post(uri + "/restore").header(HttpHeaders.IF_MATCH, "\"no-such-tag\""));
		assertThat(tagged.getStatus()).as(tagged.getContentAsString()).isEqualTo(412);
		assertThat(api.get(uri).getStatus()).isEqualTo(404);

		MockHttpServletResponse any = api.send(MockMvcRequestBuilders.post(uri + "/restore").header(HttpHeaders.IF_MATCH, "*"));
		assertThat(any.getStatus()).as(any.getContentAsString()).isEqualTo(200);
	}

	@Test
	void aRevocationWithATagIsRefusedAndTheTokenStillWorks() throws Exception {
		Api admin = new Api(this.mvc, Editors.BOOTSTRAP_ADMIN);
		MockHttpServletResponse created = admin.post("/api/v1/admin/tokens",
				"{\"name\": \"unversioned-revoked\", \"role\": \"editor\"}");
		String token = read(created, "$.token");
		String uri = "/api/v1/admin/tokens/" + read(created, "$.id");

		MockHttpServletResponse tagged = admin
			.send(MockMvcRequestBuilders.delete(uri).header(HttpHeaders.IF_MATCH, "\"no-such-tag\""));
		assertThat(tagged.getStatus()).as(tagged.getContentAsString()).isEqualTo(412);
		Api holder = new Api(this.mvc, token);
		assertThat(holder.get("/api/v1/events?state=all").getStatus()).isEqualTo(200);

		assertThat(admin.send(MockMvcRequestBuilders.delete(uri)).getStatus()).isEqualTo(204);
		assertThat(holder.get("/api/v1/events?state=all").getStatus()).isEqualTo(401);
	}

}
