package org.tradeline.provenance;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
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
 * A claim is live only while its source and its subject are, and comes back once both are restored,
 * whichever it was deleted with. Provenance learns whether a subject is live, and when it was deleted, from
 * the feature that keeps it; each test uses a figure of its own.
 */
@ApiTest
@TestPropertySource(properties = "tradeline.test.context=writes")
class SubjectLifecycleApiTest {

	private static final String SOURCE = """
			{"fileName": "%1$s.txt", "title": "Wire report", "outlet": "Example Wire", "summary": "A wire report.",
			 "sha256": "%2$s", "citations": [],
			 "claims": [{"subject": {"type": "figure", "slug": "%1$s"}, "attribute": "amount",
			    "value": "2", "valueLabel": "2 tonnes", "excerpt": "exports of 2 tonnes"}]}""";

	@Autowired
	MockMvc mvc;

	Api api;

	@Test
	void claimsDeletedWithTheirSubjectComeBackWithIt() throws Exception {
		this.api = new Api(this.mvc, Editors.editor(this.mvc, "lifecycle-with-subject"));
		String figure = figure("lifecycle-with-subject");
		MockHttpServletResponse source = this.api.post("/api/v1/sources",
				SOURCE.formatted("lifecycle-with-subject", "d".repeat(64)));
		assertThat(source.getStatus()).as(source.getContentAsString()).isEqualTo(201);
		String sourceUri = "/api/v1/sources/" + (int) read(source, "$.id");
		String claim = "/api/v1/claims/" + (int) read(source, "$.claims[0].id");

		assertThat(this.api.delete(figure, this.api.etag(figure)).getStatus()).isEqualTo(204);
		assertThat(this.api.anonymousGet(claim).getStatus()).isEqualTo(404);
		assertThat(this.api.delete(sourceUri, this.api.etag(sourceUri)).getStatus()).isEqualTo(204);
		assertThat(restore(sourceUri)).isEqualTo(200);
		assertThat(this.api.anonymousGet(claim).getStatus()).as("its subject is still deleted").isEqualTo(404);
		assertThat(restore(claim)).as("its subject is still deleted").isEqualTo(409);

		assertThat(restore(figure)).isEqualTo(200);
		assertThat(this.api.anonymousGet(claim).getStatus()).isEqualTo(200);
		assertThat((List<String>) read(this.api.anonymousGet(figure), "$.claims[*].value")).containsExactly("2");
	}

	@Test
	void claimsDeletedWithTheirSourceStayDeletedUntilTheirSubjectIsLiveToo() throws Exception {
		this.api = new Api(this.mvc, Editors.editor(this.mvc, "lifecycle-with-source"));
		String figure = figure("lifecycle-with-source");
		MockHttpServletResponse source = this.api.post("/api/v1/sources",
				SOURCE.formatted("lifecycle-with-source", "e".repeat(64)));
		assertThat(source.getStatus()).as(source.getContentAsString()).isEqualTo(201);
		String sourceUri = "/api/v1/sources/" + (int) read(source, "$.id");
		String claim = "/api/v1/claims/" + (int) read(source, "$.claims[0].id");

		assertThat(this.api.delete(sourceUri, this.api.etag(sourceUri)).getStatus()).isEqualTo(204);
		assertThat(this.api.delete(figure, this.api.etag(figure)).getStatus()).isEqualTo(204);
		assertThat(restore(sourceUri)).isEqualTo(200);
		assertThat(this.api.anonymousGet(claim).getStatus()).as("its subject is deleted").isEqualTo(404);
		assertThat((Integer) read(this.api.anonymousGet(sourceUri), "$.standing.claims")).isZero();

		assertThat(restore(figure)).isEqualTo(200);
		assertThat(this.api.anonymousGet(claim).getStatus()).as("both deletes are undone").isEqualTo(200);
		assertThat((Integer) read(this.api.anonymousGet(sourceUri), "$.standing.claims")).isEqualTo(1);
		assertThat(restore(claim)).as("it is live").isEqualTo(409);
		assertThat(restore(sourceUri)).as("it is live").isEqualTo(409);
		assertThat(restore("/api/v1/claims/999999")).isEqualTo(404);
		assertThat(restore("/api/v1/sources/999999")).isEqualTo(404);
	}

	@Test
	void anEventComesBackOnlyWithTheActorsTakingPartInIt() throws Exception {
		this.api = new Api(this.mvc, Editors.editor(this.mvc, "lifecycle-participants"));
		assertThat(this.api.post("/api/v1/actors", """
				{"slug": "lifecycle-envoy", "name": "Envoy", "kind": "person"}""").getStatus()).isEqualTo(201);
		assertThat(this.api.post("/api/v1/events", """
				{"slug": "lifecycle-call", "title": "A call", "summary": "They spoke.", "kind": "call",
				 "date": {"start": "2025-06-21", "precision": "day"},
				 "participants": [{"actor": "lifecycle-envoy", "role": "caller", "side": "us"}]}""").getStatus())
			.isEqualTo(201);
		String event = "/api/v1/events/lifecycle-call";
		String actor = "/api/v1/actors/lifecycle-envoy";
		assertThat(this.api.delete(event, this.api.etag(event)).getStatus()).isEqualTo(204);
		assertThat(this.api.delete(actor, this.api.etag(actor)).getStatus()).as("no live event names it").isEqualTo(204);

		MockHttpServletResponse refused = this.api.send(MockMvcRequestBuilders.post(event + "/restore"));
		assertThat(refused.getStatus()).as(refused.getContentAsString()).isEqualTo(409);
		assertThat((String) read(refused, "$.detail")).contains("lifecycle-envoy");
		assertThat(this.api.anonymousGet(event).getStatus()).as("still deleted").isEqualTo(404);

		assertThat(restore(actor)).isEqualTo(200);
		assertThat(restore(event)).isEqualTo(200);
		assertThat((List<String>) read(this.api.anonymousGet(event), "$.participants[*].actor"))
			.containsExactly("lifecycle-envoy");
	}

	/** A claim naming a deleted actor as its value does not come back until the actor does. */
	@Test
	void aClaimNamingAnActorDeletedSinceComesBackOnlyWithTheActor() throws Exception {
		this.api = new Api(this.mvc, Editors.editor(this.mvc, "lifecycle-named-actor"));
		String actor = "/api/v1/actors/lifecycle-secretary";
		MockHttpServletResponse envoy = this.api.post("/api/v1/actors",
				"{\"slug\": \"lifecycle-secretary\", \"name\": \"L. Secretary\", \"kind\": \"person\", \"country\": \"US\"}");
		assertThat(envoy.getStatus()).as(envoy.getContentAsString()).isEqualTo(201);
		MockHttpServletResponse created = this.api.post("/api/v1/claims",
				"{\"source\": 1, \"subject\": {\"type\": \"event\", \"slug\": \"london-talks\"}, \"attribute\":"
						+ " \"us-treasury-secretary\", \"value\": \"lifecycle-secretary\", \"valueLabel\": \"L. Secretary\","
						+ " \"excerpt\": \"Treasury Secretary L. Secretary\"}");
		assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
		String claim = "/api/v1/claims/" + (int) read(created, "$.id");
		assertThat(this.api.delete(claim, this.api.etag(claim)).getStatus()).isEqualTo(204);
		assertThat(this.api.delete(actor, this.api.etag(actor)).getStatus()).isEqualTo(204);

		MockHttpServletResponse refused = this.api.send(MockMvcRequestBuilders.post(claim + "/restore"));
		assertThat(refused.getStatus()).as(refused.getContentAsString()).isEqualTo(409);
		assertThat((String) read(refused, "$.detail")).contains("lifecycle-secretary");
		assertThat(this.api.anonymousGet(claim).getStatus()).isEqualTo(404);
		assertThat((List<String>) read(this.api.anonymousGet("/api/v1/disputes?size=100"), "$.items[*].positions[*].value"))
			.doesNotContain("lifecycle-secretary");

		assertThat(restore(actor)).isEqualTo(200);
		assertThat(restore(claim)).isEqualTo(200);
		assertThat(this.api.anonymousGet(claim).getStatus()).isEqualTo(200);
	}

	/** Restoring an event brings back the claims deleted with it, so not while one names an actor deleted since. */
	@Test
	void anEventComesBackOnlyWithTheActorsItsClaimsName() throws Exception {
		this.api = new Api(this.mvc, Editors.editor(this.mvc, "lifecycle-claim-names"));
		assertThat(this.api.post("/api/v1/actors", """
				{"slug": "lifecycle-named-envoy", "name": "N. Envoy", "kind": "person"}""").getStatus()).isEqualTo(201);
		String event = event("lifecycle-named-call");
		String actor = "/api/v1/actors/lifecycle-named-envoy";
		MockHttpServletResponse created = this.api.post("/api/v1/claims", """
				{"source": 1, "subject": {"type": "event", "slug": "lifecycle-named-call"},
				 "attribute": "us-treasury-secretary", "value": "lifecycle-named-envoy", "valueLabel": "N. Envoy",
				 "excerpt": "Treasury Secretary N. Envoy"}""");
		assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
		String claim = "/api/v1/claims/" + (int) read(created, "$.id");
		assertThat(this.api.delete(event, this.api.etag(event)).getStatus()).isEqualTo(204);
		assertThat(this.api.delete(actor, this.api.etag(actor)).getStatus()).as("no live claim names it")
			.isEqualTo(204);

		MockHttpServletResponse refused = this.api.send(MockMvcRequestBuilders.post(event + "/restore"));
		assertThat(refused.getStatus()).as(refused.getContentAsString()).isEqualTo(409);
		assertThat(refused.getContentType()).isEqualTo("application/problem+json");
		assertThat((String) read(refused, "$.detail")).contains("lifecycle-named-envoy");
		assertThat(this.api.anonymousGet(event).getStatus()).as("still deleted").isEqualTo(404);
		assertThat(this.api.anonymousGet(claim).getStatus()).as("still deleted").isEqualTo(404);

		assertThat(restore(actor)).isEqualTo(200);
		assertThat(restore(event)).isEqualTo(200);
		assertThat((List<String>) read(this.api.anonymousGet(event), "$.claims[*].value"))
			.containsExactly("lifecycle-named-envoy");
	}

	/**
	 * A claim deleted with its event or its source, whichever went first, is back once both are
	 * restored, in any order: restoring both undoes both deletes.
	 */
	@ParameterizedTest(name = "deleted {0}, restored {1}")
	@CsvSource({ "event first, event first", "event first, source first", "source first, event first",
			"source first, source first" })
	void aClaimComesBackWhenItsEventAndSourceBothDo(String deleted, String restored) throws Exception {
		String slug = "lifecycle-both-" + (deleted + "-" + restored).replace(' ', '-');
		this.api = new Api(this.mvc, Editors.editor(this.mvc, slug));
		String event = event(slug);
		MockHttpServletResponse source = this.api.post("/api/v1/sources", """
				{"fileName": "%1$s.txt", "title": "Wire report", "outlet": "Example Wire", "summary": "A wire report.",
				 "sha256": "%2$s", "citations": [],
				 "claims": [{"subject": {"type": "event", "slug": "%1$s"}, "attribute": "location",
				    "value": "Geneva", "valueLabel": "Geneva", "excerpt": "the talks in Geneva"}]}"""
			.formatted(slug, "%064x".formatted(slug.hashCode())));
		assertThat(source.getStatus()).as(source.getContentAsString()).isEqualTo(201);
		String sourceUri = "/api/v1/sources/" + (int) read(source, "$.id");
		String claim = "/api/v1/claims/" + (int) read(source, "$.claims[0].id");

		List<String> deletes = deleted.startsWith("event") ? List.of(event, sourceUri) : List.of(sourceUri, event);
		for (String uri : deletes) {
			assertThat(this.api.delete(uri, this.api.etag(uri)).getStatus()).isEqualTo(204);
		}
		assertThat(this.api.anonymousGet(claim).getStatus()).isEqualTo(404);
		List<String> restores = restored.startsWith("event") ? List.of(event, sourceUri) : List.of(sourceUri, event);
		assertThat(restore(restores.get(0))).isEqualTo(200);
		assertThat(this.api.anonymousGet(claim).getStatus()).as("the other is still deleted").isEqualTo(404);
		assertThat(restore(restores.get(1))).isEqualTo(200);

		assertThat(this.api.anonymousGet(claim).getStatus()).isEqualTo(200);
		assertThat((List<String>) read(this.api.anonymousGet(event), "$.claims[*].value")).containsExactly("Geneva");
		assertThat((Integer) read(this.api.anonymousGet(sourceUri), "$.standing.claims")).isEqualTo(1);
		assertThat(restore(claim)).as("it is live").isEqualTo(409);
	}

	private String event(String slug) throws Exception {
		MockHttpServletResponse created = this.api.post("/api/v1/events", """
				{"slug": "%s", "title": "A call", "summary": "They spoke.", "kind": "call",
				 "date": {"start": "2025-06-21", "precision": "day"}}""".formatted(slug));
		assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
		return "/api/v1/events/" + slug;
	}

	private String figure(String slug) throws Exception {
		MockHttpServletResponse created = this.api.post("/api/v1/figures", """
				{"slug": "%s", "label": "Lifecycle figure", "amount": 1, "unit": "tonnes"}""".formatted(slug));
		assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
		return "/api/v1/figures/" + slug;
	}

	private int restore(String uri) throws Exception {
		return this.api.send(MockMvcRequestBuilders.post(uri + "/restore")).getStatus();
	}

}
