package org.tradeline.provenance;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.tradeline.support.Api;
import org.tradeline.support.ApiTest;
import org.tradeline.support.Editors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.tradeline.support.Api.read;
import static org.tradeline.support.OpenApiContract.conforms;

@ApiTest
@TestPropertySource(properties = "tradeline.test.context=writes")
class SourceWriteApiTest {

	static final String SOURCE = """
			{"fileName": "%s", "title": "Wire report", "outlet": "Example Wire", "summary": "A short wire report.",
			 "sha256": "%s", "citations": [{"name": "Xinhua", "kind": "state-media"}],
			 "claims": [
			   {"subject": {"type": "figure", "slug": "rare-earth-exports-2025-05"}, "attribute": "amount",
			    "value": "5000", "valueLabel": "5,000 tonnes", "excerpt": "exports of 5,000 tonnes"},
			   {"subject": {"type": "actor", "slug": "he-lifeng"}, "attribute": "title",
			    "value": "Vice Premier", "valueLabel": "Vice Premier", "excerpt": "Vice Premier He Lifeng"}]}""";

	@Autowired
	MockMvc mvc;

	@Test
	void newSourceWithItsClaimsInOneRequestShowsInDisputesAndStandings() throws Exception {
		Api api = new Api(this.mvc, Editors.editor(this.mvc, "source-writer"));
		MockHttpServletResponse created = api.post("/api/v1/sources", SOURCE.formatted("wire-1.txt", "b".repeat(64)));
		assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
		int id = read(created, "$.id");
		assertThat((Integer) read(created, "$.standing.claims")).isEqualTo(2);
		assertThat((Integer) read(created, "$.standing.contradicted")).isEqualTo(1);
		this.mvc.perform(get("/api/v1/sources/" + id)).andExpect(conforms());
		this.mvc.perform(get("/api/v1/figures/rare-earth-exports-2025-05")).andExpect(conforms());
		assertThat((List<String>) read(api.anonymousGet("/api/v1/disputes?subjectType=figure&size=100"),
				"$.items[*].positions[*].value")).contains("5000");

		int claimId = read(created, "$.claims[0].id");
		this.mvc.perform(get("/api/v1/claims/" + claimId)).andExpect(conforms());
		assertThat(api.post("/api/v1/sources", SOURCE.formatted("wire-1.txt", "b".repeat(64))).getStatus())
			.as("file names are unique")
			.isEqualTo(409);

		String uri = "/api/v1/sources/" + id;
		assertThat(api.delete(uri, api.etag(uri)).getStatus()).isEqualTo(204);
		assertThat(api.anonymousGet(uri).getStatus()).isEqualTo(404);
		assertThat(api.anonymousGet("/api/v1/claims/" + claimId).getStatus()).isEqualTo(404);
		assertThat((List<String>) read(api.anonymousGet("/api/v1/disputes?subjectType=figure&size=100"),
				"$.items[*].positions[*].value")).doesNotContain("5000");
		assertThat(api.send(MockMvcRequestBuilders.post(uri + "/restore")).getStatus()).isEqualTo(200);
		assertThat((Integer) read(api.anonymousGet(uri), "$.standing.claims")).isEqualTo(2);
		assertThat(api.send(MockMvcRequestBuilders.post(uri + "/restore")).getStatus()).isEqualTo(409);
	}

	@Test
	void inlineClaimsAreValidatedWithTheSource() throws Exception {
		Api api = new Api(this.mvc, Editors.editor(this.mvc, "source-validator"));
		String bad = SOURCE.formatted("wire-2.txt", "c".repeat(64))
			.replace("\"5000\"", "\"five thousand\"")
			.replace("\"he-lifeng\"", "\"nobody\"");
		MockHttpServletResponse response = api.post("/api/v1/sources", bad);
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat((List<String>) read(response, "$.errors[*].field")).containsExactlyInAnyOrder("claims[0].value",
				"claims[1].subject.slug");
		assertThat(api.anonymousGet("/api/v1/sources?size=100").getContentAsString()).doesNotContain("wire-2.txt");
	}

	/**
	 * An editor reads a draft source's claims as the contract writes every claim: with a status,
	 * assessed as if the drafts were published (as an event's editor view does), and their state.
	 */
	@Test
	void aDraftSourcesClaimsHaveAStatusAndAStateInTheEditorsView() throws Exception {
		String token = Editors.editor(this.mvc, "draft-source-reader");
		Api api = new Api(this.mvc, token);
		MockHttpServletResponse created = api.post("/api/v1/sources",
				SOURCE.formatted("wire-draft.txt", "e".repeat(64)).replace("\"summary\"", "\"state\": \"draft\", \"summary\""));
		assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
		String uri = "/api/v1/sources/" + read(created, "$.id") + "?state=all";
		this.mvc.perform(get(uri).with(Editors.bearer(token))).andExpect(conforms());
		MockHttpServletResponse draft = api.get(uri);
		assertThat((List<String>) read(draft, "$.claims[*].state")).containsExactly("draft", "draft");
		List<String> statuses = read(draft, "$.claims[*].status");
		assertThat(statuses).hasSize(2).doesNotContainNull();
		String publicUri = uri.replace("?state=all", "");
		assertThat(api.anonymousGet(publicUri).getStatus()).isEqualTo(404);

		// As if published: once it is, the public reads the same statuses and standing.
		String etag = api.editorEtag(publicUri);
		assertThat(api.patch(publicUri, etag, "{\"state\": \"published\"}").getStatus()).isEqualTo(200);
		MockHttpServletResponse published = api.anonymousGet(publicUri);
		assertThat((List<String>) read(published, "$.claims[*].status")).isEqualTo(statuses);
		assertThat((List<String>) read(published, "$.claims[*].state")).containsExactly("published", "published");
		assertThat((Object) read(published, "$.standing")).isEqualTo(read(draft, "$.standing"));
	}

	/** The same rule as ingest's: a document cannot have been published later than today anywhere. */
	@Test
	void aPublicationDateInTheFutureIsRefused() throws Exception {
		Api api = new Api(this.mvc, Editors.editor(this.mvc, "source-dater"));
		String future = SOURCE.formatted("wire-future.txt", "d".repeat(64))
			.replace("\"summary\"", "\"publishedOn\": \"" + LocalDate.now(ZoneOffset.UTC).plusDays(2) + "\", \"summary\"");
		MockHttpServletResponse response = api.post("/api/v1/sources", future);
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(400);
		assertThat((List<String>) read(response, "$.errors[*].field")).containsExactly("publishedOn");
		String today = future.replace(LocalDate.now(ZoneOffset.UTC).plusDays(2).toString(),
				LocalDate.now(ZoneOffset.UTC).toString());
		assertThat(api.post("/api/v1/sources", today).getStatus()).isEqualTo(201);
	}

	@Test
	void actorsStillReferencedCannotBeDeleted() throws Exception {
		Api api = new Api(this.mvc, Editors.editor(this.mvc, "actor-deleter"));
		String uri = "/api/v1/actors/he-lifeng";
		assertThat(api.delete(uri, api.etag(uri)).getStatus()).isEqualTo(409);
		assertThat(api.post("/api/v1/actors", "{\"slug\": \"spare-actor\", \"name\": \"Spare\", \"kind\": \"agency\"}")
			.getStatus()).isEqualTo(201);
		String spare = "/api/v1/actors/spare-actor";
		MockHttpServletResponse patched = api.patch(spare, api.etag(spare), "{\"country\": \"US\"}");
		assertThat((String) read(patched, "$.country")).isEqualTo("US");
		assertThat(api.delete(spare, api.etag(spare)).getStatus()).isEqualTo(204);
		assertThat(api.anonymousGet("/api/v1/actors?size=100").getContentAsString()).doesNotContain("spare-actor");
		assertThat(api.send(MockMvcRequestBuilders.post(spare + "/restore")).getStatus()).isEqualTo(200);
	}

	@Test
	void figuresAreWritable() throws Exception {
		Api api = new Api(this.mvc, Editors.editor(this.mvc, "figure-writer"));
		MockHttpServletResponse created = api.post("/api/v1/figures", """
				{"slug": "test-figure", "label": "A figure", "amount": 12.5, "unit": "percent",
				 "period": {"start": "2025-05-01", "end": "2025-05-31"}, "event": "london-talks"}""");
		assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
		String uri = "/api/v1/figures/test-figure";
		this.mvc.perform(get(uri)).andExpect(conforms());
		MockHttpServletResponse patched = api.patch(uri, api.etag(uri), "{\"amount\": 13, \"period\": null}");
		assertThat(patched.getStatus()).isEqualTo(200);
		assertThat(read(patched, "$.amount").toString()).isEqualTo("13");
		assertThat(api.patch(uri, api.etag(uri), "{\"period\": {\"start\": \"2025-05-31\", \"end\": \"2025-05-01\"}}")
			.getStatus()).isEqualTo(400);
		assertThat(api.delete(uri, api.etag(uri)).getStatus()).isEqualTo(204);
		assertThat(api.anonymousGet(uri).getStatus()).isEqualTo(404);
	}

}
