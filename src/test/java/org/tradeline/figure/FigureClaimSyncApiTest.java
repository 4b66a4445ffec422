package org.tradeline.figure;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
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
import static org.tradeline.support.OpenApiContract.conforms;

/**
 * A figure shows the claims about it, the citation of their sources and whether they dispute it, so
 * every write that changes them (a claim created, edited, deleted or restored, its source deleted,
 * restored, renamed or re-dated) moves the figure in the figures sync with what it shows now, and its
 * updatedAt with it; a draft claim, which the public does not see, moves nothing. In the context of the other collections' sync: the sources
 * and claims it writes would change the seed's standings that other tests read.
 */
@ApiTest
@TestPropertySource(properties = "tradeline.test.context=collection-sync")
class FigureClaimSyncApiTest {

	private static final String CLAIM = """
			{"source": %d, "subject": {"type": "figure", "slug": "%s"}, "attribute": "amount",
			 "value": "%s", "valueLabel": "%<s", "excerpt": "a figure of %<s"%s}""";

	@Autowired
	MockMvc mvc;

	Api api;

	@BeforeEach
	void editor() throws Exception {
		this.api = new Api(this.mvc, Editors.editor(this.mvc, "figure-claim-sync-" + System.nanoTime()));
	}

	@Test
	void everyClaimWriteAboutAFigureOfAnEventMovesItsRow() throws Exception {
		claimWritesMove("claim-sync-event-figure", "\"event\": \"geneva-talks\"");
	}

	@Test
	void everyClaimWriteAboutAFigureWithoutAnEventMovesItsRow() throws Exception {
		claimWritesMove("claim-sync-figure", null);
	}

	/**
	 * A figure's claims show their source's citation (outlet, title, date): renaming or re-dating the
	 * source moves the figure with the citation it shows now; an edit the citation does not show
	 * (the summary) leaves it in place.
	 */
	@Test
	void renamingOrRedatingASourceMovesTheFiguresItsClaimsAreAbout() throws Exception {
		String slug = "citation-sync-figure";
		assertThat(this.api.post("/api/v1/figures", """
				{"slug": "%s", "label": "A figure", "amount": 45, "unit": "days"}""".formatted(slug)).getStatus())
			.isEqualTo(201);
		int source = JsonPath.read(created(this.api.post("/api/v1/sources", """
				{"fileName": "%s.txt", "outlet": "Example Wire", "summary": "A short wire report.",
				 "sha256": "%s", "citations": []}""".formatted(slug, "e".repeat(64)))), "$.id");
		String sourceUri = "/api/v1/sources/" + source;
		created(this.api.post("/api/v1/claims", CLAIM.formatted(source, slug, "45", "")));

		Instant mark = mark();
		assertThat(this.api.patch(sourceUri, this.api.editorEtag(sourceUri), "{\"title\": \"Talks resume\"}")
			.getStatus()).isEqualTo(200);
		moved(slug, mark, 1, false);
		assertThat(shownSource(slug, mark)).containsEntry("title", "Talks resume");

		mark = mark();
		assertThat(this.api.patch(sourceUri, this.api.editorEtag(sourceUri),
				"{\"publishedOn\": \"2025-05-12\", \"publishedPrecision\": \"day\"}").getStatus()).isEqualTo(200);
		moved(slug, mark, 1, false);
		assertThat(shownSource(slug, mark)).containsEntry("publishedOn", "2025-05-12");

		String before = updatedAt(slug);
		mark = mark();
		assertThat(this.api.patch(sourceUri, this.api.editorEtag(sourceUri), "{\"summary\": \"Another summary.\"}")
			.getStatus()).isEqualTo(200);
		assertThat(sync(mark)).extracting(row -> row.get("slug")).doesNotContain(slug);
		assertThat(updatedAt(slug)).isEqualTo(before);
	}

	/**
	 * A figure names its event only while the public sees the event: deleting, restoring, unpublishing
	 * or publishing the event moves the figure in the sync with the event it names now.
	 */
	@Test
	void theFiguresOfAnEventMoveWhenTheEventComesOrGoes() throws Exception {
		String event = "/api/v1/events/figure-sync-talks";
		created(this.api.post("/api/v1/events", """
				{"slug": "figure-sync-talks", "title": "Figure sync talks", "summary": "Negotiators met.",
				 "kind": "talks", "date": {"start": "2025-06-20", "precision": "day"}}"""));
		String slug = "figure-sync-event-figure";
		created(this.api.post("/api/v1/figures", """
				{"slug": "%s", "label": "A figure", "amount": 30, "unit": "days", "event": "figure-sync-talks"}"""
			.formatted(slug)));

		Instant mark = mark();
		assertThat(this.api.delete(event, this.api.etag(event)).getStatus()).isEqualTo(204);
		assertThat(namedEvent(slug, mark)).as("after the event's deletion").isNull();

		mark = mark();
		assertThat(this.api.post(event + "/restore", "").getStatus()).isEqualTo(200);
		assertThat(namedEvent(slug, mark)).as("after its restore").isEqualTo("figure-sync-talks");

		mark = mark();
		assertThat(this.api.patch(event, this.api.etag(event), "{\"state\": \"draft\"}").getStatus()).isEqualTo(200);
		assertThat(namedEvent(slug, mark)).as("once it is a draft again").isNull();

		mark = mark();
		assertThat(this.api.patch(event, this.api.editorEtag(event), "{\"state\": \"published\"}")
			.getStatus()).isEqualTo(200);
		assertThat(namedEvent(slug, mark)).as("once published").isEqualTo("figure-sync-talks");
	}

	/** The event the figure's row in the sync since the mark names (there once), and its detail agrees. */
	private String namedEvent(String slug, Instant mark) throws Exception {
		List<Map<String, Object>> rows = sync(mark).stream().filter(row -> slug.equals(row.get("slug"))).toList();
		assertThat(rows).as("%s in the sync since %s", slug, mark).hasSize(1);
		String updatedAt = updatedAt(slug);
		assertThat(Instant.parse(updatedAt)).isAfterOrEqualTo(mark);
		assertThat(rows.get(0).get("updatedAt")).isEqualTo(updatedAt);
		Map<String, Object> detail = Api.read(this.api.anonymousGet("/api/v1/figures/" + slug), "$");
		assertThat(rows.get(0).get("event")).isEqualTo(detail.get("event"));
		return (String) rows.get(0).get("event");
	}

	/** The source the figure's one claim cites, as its row in the sync since the mark shows it. */
	private Map<String, Object> shownSource(String slug, Instant mark) throws Exception {
		Map<String, Object> row = sync(mark).stream().filter(each -> slug.equals(each.get("slug"))).findFirst().orElseThrow();
		return JsonPath.read(row, "$.claims[0].source");
	}

	private void claimWritesMove(String slug, String event) throws Exception {
		assertThat(this.api.post("/api/v1/figures", """
				{"slug": "%s", "label": "A figure", "amount": 90, "unit": "days"%s}"""
			.formatted(slug, (event != null) ? ", " + event : "")).getStatus()).isEqualTo(201);
		int source = JsonPath.read(created(this.api.post("/api/v1/sources", """
				{"fileName": "%s.txt", "outlet": "Example Wire", "summary": "A short wire report.",
				 "sha256": "%s", "citations": []}""".formatted(slug, ((event != null) ? "c" : "d").repeat(64)))), "$.id");
		String sourceUri = "/api/v1/sources/" + source;

		Instant mark = mark();
		created(this.api.post("/api/v1/claims", CLAIM.formatted(1, slug, "90", "")));
		moved(slug, mark, 1, false);

		mark = mark();
		int claim = JsonPath.read(created(this.api.post("/api/v1/claims", CLAIM.formatted(source, slug, "120", ""))),
				"$.id");
		String claimUri = "/api/v1/claims/" + claim;
		moved(slug, mark, 2, true);

		mark = mark();
		assertThat(this.api.patch(claimUri, this.api.etag(claimUri), "{\"value\": \"90\", \"valueLabel\": \"90\"}")
			.getStatus()).isEqualTo(200);
		moved(slug, mark, 2, false);

		mark = mark();
		assertThat(this.api.patch(claimUri, this.api.etag(claimUri), "{\"value\": \"120\", \"valueLabel\": \"120\"}")
			.getStatus()).isEqualTo(200);
		moved(slug, mark, 2, true);

		mark = mark();
		assertThat(this.api.delete(claimUri, this.api.etag(claimUri)).getStatus()).isEqualTo(204);
		moved(slug, mark, 1, false);

		mark = mark();
		assertThat(this.api.post(claimUri + "/restore", "").getStatus()).isEqualTo(200);
		moved(slug, mark, 2, true);

		mark = mark();
		assertThat(this.api.delete(sourceUri, this.api.etag(sourceUri)).getStatus()).isEqualTo(204);
		moved(slug, mark, 1, false);

		mark = mark();
		assertThat(this.api.post(sourceUri + "/restore", "").getStatus()).isEqualTo(200);
		moved(slug, mark, 2, true);

		// A draft claim is the editors' alone: what the public sees of the figure has not changed.
		String before = updatedAt(slug);
		mark = mark();
		created(this.api.post("/api/v1/claims", CLAIM.formatted(source, slug, "130", ", \"state\": \"draft\"")));
		assertThat(sync(mark)).extracting(row -> row.get("slug")).doesNotContain(slug);
		assertThat(updatedAt(slug)).isEqualTo(before);
	}

	/**
	 * The figure is in the sync since the mark, once, with the claims and dispute state it has now,
	 * and its detail shows the instant its row moved to.
	 */
	private void moved(String slug, Instant mark, int claims, boolean disputed) throws Exception {
		List<Map<String, Object>> rows = sync(mark).stream().filter(row -> slug.equals(row.get("slug"))).toList();
		assertThat(rows).as("%s in the sync since %s", slug, mark).hasSize(1);
		Map<String, Object> row = rows.get(0);
		assertThat((List<?>) row.get("claims")).hasSize(claims);
		assertThat(row.get("disputed")).isEqualTo(disputed);
		String updatedAt = updatedAt(slug);
		assertThat(Instant.parse(updatedAt)).isAfterOrEqualTo(mark);
		assertThat(row.get("updatedAt")).isEqualTo(updatedAt);
	}

	private List<Map<String, Object>> sync(Instant since) throws Exception {
		String body = this.mvc.perform(get("/api/v1/figures?includeDeleted=true&size=100&updatedSince=" + since))
			.andExpect(status().isOk())
			.andExpect(conforms())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return JsonPath.read(body, "$.items");
	}

	private String updatedAt(String slug) throws Exception {
		MockHttpServletResponse detail = this.api.anonymousGet("/api/v1/figures/" + slug);
		assertThat(detail.getStatus()).isEqualTo(200);
		return Api.read(detail, "$.updatedAt");
	}

	/** Now, to the microsecond writes are stamped with, so that a write right after it is not before it. */
	private static Instant mark() {
		return Instant.now().truncatedTo(ChronoUnit.MICROS);
	}

	private static String created(MockHttpServletResponse response) throws Exception {
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

}
