package org.tradeline.provenance;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.tradeline.support.Api;
import org.tradeline.support.ApiTest;
import org.tradeline.support.Editors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tradeline.support.Api.read;
import static org.tradeline.support.OpenApiContract.conforms;

/**
 * A source's revision history after the seed correction: edits, deletes and restores through the API
 * follow the correction in it, with their author; what the corrections changed survives an event's
 * delete and restore.
 */
@ApiTest
@TestPropertySource(properties = "tradeline.test.context=source-revisions")
class SourceRevisionApiTest {

	@Autowired
	MockMvc mvc;

	@Test
	void editsDeletesAndRestoresFollowTheCorrectionInASourcesHistory() throws Exception {
		Api api = new Api(this.mvc, Editors.editor(this.mvc, "newsdesk-source"));
		List<Integer> ids = read(api.anonymousGet("/api/v1/sources?size=100"),
				"$.items[?(@.fileName == '000_d0ee0f4fab4b2662.txt')].id");
		int id = ids.get(0);
		String uri = "/api/v1/sources/" + id;
		String corrected = read(api.anonymousGet(uri), "$.summary");

		MockHttpServletResponse edited = api.patch(uri, api.etag(uri), "{\"outlet\": \"REEx\"}");
		assertThat(edited.getStatus()).as(edited.getContentAsString()).isEqualTo(200);
		// The same value again changes nothing, and is no revision.
		assertThat(api.patch(uri, api.etag(uri), "{\"outlet\": \"REEx\"}").getStatus()).isEqualTo(200);
		assertThat(api.delete(uri, api.etag(uri)).getStatus()).isEqualTo(204);
		assertThat(api.post(uri + "/restore", "").getStatus()).isEqualTo(200);

		MockHttpServletResponse history = api.get(uri + "/revisions");
		assertThat(history.getStatus()).isEqualTo(200);
		assertThat(history.getHeader("Cache-Control")).isEqualTo("no-store, private");
		this.mvc.perform(get(uri + "/revisions").with(Editors.bearer(Editors.BOOTSTRAP_ADMIN))).andExpect(conforms());
		assertThat((List<Integer>) read(history, "$.items[*].number")).containsExactly(1, 2, 3, 4);
		assertThat((List<String>) read(history, "$.items[*].action")).containsExactly("corrected", "updated",
				"deleted", "restored");
		assertThat((List<String>) read(history, "$.items[*].author")).containsExactly("seed-corrections",
				"newsdesk-source", "newsdesk-source", "newsdesk-source");
		assertThat((List<String>) read(history, "$.items[1].changed")).containsExactly("outlet");
		assertThat((String) read(history, "$.items[1].before.outlet")).isEqualTo("Rare Earth Exchanges (REEx)");
		assertThat((String) read(history, "$.items[1].after.outlet")).isEqualTo("REEx");
		assertThat((String) read(history, "$.items[1].before.summary")).isEqualTo(corrected);
		assertThat((List<String>) read(history, "$.items[2].changed")).containsExactly("deleted");
		assertThat((List<String>) read(history, "$.items[3].changed")).containsExactly("deleted");
		assertThat((Boolean) read(history, "$.items[3].after.deleted")).isFalse();

		MockHttpServletResponse one = api.get(uri + "/revisions/2");
		assertThat(one.getStatus()).isEqualTo(200);
		assertThat(one.getHeader("Cache-Control")).isEqualTo("no-store, private");
		assertThat((String) read(one, "$.action")).isEqualTo("updated");
		assertThat(api.get(uri + "/revisions/5").getStatus()).isEqualTo(404);
		assertThat(api.get("/api/v1/sources/999999/revisions").getStatus()).isEqualTo(404);
		// Revisions name token holders: editors only, as an event's are.
		this.mvc.perform(get(uri + "/revisions")).andExpect(status().isUnauthorized());
	}

	/** As an event's history starts with its creation, so does a source's. */
	@Test
	void aSourcesHistoryStartsWithItsCreation() throws Exception {
		Api api = new Api(this.mvc, Editors.editor(this.mvc, "newsdesk-new-source"));
		MockHttpServletResponse created = api.post("/api/v1/sources", """
				{"fileName": "revisions-created.txt", "outlet": "Example Wire", "summary": "A wire report.",
				 "sha256": "%s", "citations": [{"name": "Xinhua", "kind": "state-media"}],
				 "claims": [{"subject": {"type": "event", "slug": "london-talks"}, "attribute": "location",
				    "value": "London", "valueLabel": "London", "excerpt": "the talks in London"}]}"""
			.formatted("c".repeat(64)));
		assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
		String uri = "/api/v1/sources/" + (int) read(created, "$.id");
		assertThat(api.patch(uri, api.etag(uri), "{\"outlet\": \"Example Wire Service\"}").getStatus()).isEqualTo(200);

		MockHttpServletResponse history = api.get(uri + "/revisions");
		this.mvc.perform(get(uri + "/revisions").with(Editors.bearer(Editors.BOOTSTRAP_ADMIN))).andExpect(conforms());
		assertThat((List<String>) read(history, "$.items[*].action")).containsExactly("created", "updated");
		assertThat((List<String>) read(history, "$.items[*].author")).containsExactly("newsdesk-new-source",
				"newsdesk-new-source");
		MockHttpServletResponse first = api.get(uri + "/revisions/1");
		assertThat((Map<String, Object>) read(first, "$")).doesNotContainKey("before");
		assertThat((String) read(first, "$.after.fileName")).isEqualTo("revisions-created.txt");
		assertThat((String) read(first, "$.after.outlet")).isEqualTo("Example Wire");
		assertThat((List<String>) read(first, "$.after.citations[*].name")).containsExactly("Xinhua");
		assertThat((Boolean) read(first, "$.after.deleted")).isFalse();
		assertThat((List<String>) read(first, "$.changed")).contains("fileName", "outlet", "sha256", "deleted")
			.doesNotContain("claims");
		assertThat((List<String>) read(history, "$.items[1].changed")).containsExactly("outlet");
	}

	/**
	 * Publishing, deleting and restoring a source with several claims about one event records a
	 * revision of the event per claim, each starting from the state the one before left.
	 */
	@Test
	void anEventsHistoryChainsThroughItsSourcesPublicationDeletionAndRestore() throws Exception {
		Api api = new Api(this.mvc, Editors.editor(this.mvc, "newsdesk-chain"));
		String event = "/api/v1/events/restore-chain";
		assertThat(api.post("/api/v1/events", """
				{"slug": "restore-chain", "title": "Truce agreed", "summary": "A truce was agreed.", "kind": "talks",
				 "date": {"start": "2025-06-11", "precision": "day"}}""").getStatus()).isEqualTo(201);
		String claim = """
				{"subject": {"type": "event", "slug": "restore-chain"}, "attribute": "%s", "value": "%s",
				 "valueLabel": "%s", "excerpt": "%s"}""";
		String newSource = """
				{"fileName": "%s", "summary": "A truce.", "sha256": "%s", "publishedOn": "2025-06-12", "state": "%s",
				 "claims": [%s]}""";
		assertThat(api.post("/api/v1/sources", newSource.formatted("restore-chain-first.txt", "d".repeat(64),
				"published", claim.formatted("location", "Geneva", "Geneva", "in Geneva"))).getStatus()).isEqualTo(201);
		MockHttpServletResponse created = api.post("/api/v1/sources", newSource.formatted("restore-chain.txt",
				"e".repeat(64), "draft", String.join(", ",
				claim.formatted("location", "Geneva", "Geneva", "talks in Geneva"),
				claim.formatted("occurrence", "occurred", "agreed", "agreed a truce"),
				claim.formatted("participant", "he-lifeng", "He Lifeng", "He Lifeng"))));
		assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
		String source = "/api/v1/sources/" + (int) read(created, "$.id");
		assertThat(api.patch(source, api.editorEtag(source), "{\"state\": \"published\"}").getStatus())
			.isEqualTo(200);
		assertThat(api.delete(source, api.etag(source)).getStatus()).isEqualTo(204);
		MockHttpServletResponse restored = api.post(source + "/restore", "");
		assertThat(restored.getStatus()).as(restored.getContentAsString()).isEqualTo(200);

		MockHttpServletResponse history = api.get(event + "/revisions?size=100");
		List<String> actions = read(history, "$.items[*].action");
		assertThat(actions).containsExactly("created", "claim-added", "claim-added", "claim-added", "claim-added",
				"claim-published", "claim-published", "claim-published", "claim-deleted", "claim-deleted",
				"claim-deleted", "claim-restored", "claim-restored", "claim-restored");
		List<Map<String, Object>> revisions = read(history, "$.items");
		for (int i = 1; i < revisions.size(); i++) {
			assertThat(revisions.get(i).get("before")).as("revision %d starts where %d ended", i + 1, i)
				.isEqualTo(revisions.get(i - 1).get("after"));
		}
		assertThat(revisions.stream().skip(8).map(r -> claims(r.get("before")))).containsExactly(4, 3, 2, 1, 2, 3);
		assertThat(revisions.stream().skip(8).map(r -> claims(r.get("after")))).containsExactly(3, 2, 1, 2, 3, 4);
		assertThat((List<Integer>) read(api.get(event), "$.claims[*].id")).hasSize(4);
	}

	private static int claims(Object snapshot) {
		return ((List<?>) ((Map<?, ?>) snapshot).get("claims")).size();
	}

	@Test
	void aCorrectedEventIsDeletedAndRestoredWithItsCorrections() throws Exception {
		Api api = new Api(this.mvc, Editors.editor(this.mvc, "newsdesk-events"));
		String uri = "/api/v1/events/xi-trump-call";
		String summary = read(api.anonymousGet(uri), "$.summary");
		List<Integer> claims = read(api.anonymousGet(uri), "$.claims[*].id");
		assertThat(api.delete(uri, api.etag(uri)).getStatus()).isEqualTo(204);
		assertThat(api.anonymousGet(uri).getStatus()).isEqualTo(404);
		MockHttpServletResponse restored = api.post(uri + "/restore", "");
		assertThat(restored.getStatus()).as(restored.getContentAsString()).isEqualTo(200);
		assertThat((String) read(restored, "$.summary")).isEqualTo(summary).contains("June 5 consensus");
		assertThat((List<Integer>) read(restored, "$.claims[*].id")).isEqualTo(claims);
		List<String> actions = read(api.get(uri + "/revisions"), "$.items[*].action");
		assertThat(actions).containsExactly("corrected", "deleted", "restored");
		assertThat((String) read(api.get(uri + "/revisions/1"), "$.author")).isEqualTo("seed-corrections");
	}

}
