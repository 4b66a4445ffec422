package org.tradeline.provenance;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.tradeline.provenance.intake.SourceIntake;
import org.tradeline.provenance.intake.SourceIntake.Candidate;
import org.tradeline.provenance.intake.SourceIntake.Preview;
import org.tradeline.provenance.intake.SourceIntake.PreviewClaim;
import org.tradeline.provenance.subject.SubjectType;
import org.tradeline.support.Api;
import org.tradeline.support.ApiTest;
import org.tradeline.support.Editors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tradeline.support.Api.read;

/**
 * A claim that an event occurred is corroborated once another document reports the event at all (its
 * date, place, participants or what was said there say it happened), and uncorroborated while only
 * its own document does; the stored statuses, the event's view and the counts in stats agree.
 */
@ApiTest
@TestPropertySource(properties = "tradeline.test.context=occurrence")
class OccurrenceCorroborationApiTest {

	private static final String SOURCE = """
			{"fileName": "%1$s.txt", "title": "Wire report", "outlet": "Example Wire", "summary": "A wire report.",
			 "sha256": "%2$s", "citations": [], "claims": [%3$s]}""";

	private static final String CLAIM = """
			{"subject": {"type": "event", "slug": "%s"}, "attribute": "%s", "value": "%s", "valueLabel": "%s",
			 "excerpt": "%s"}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	SourceIntake intake;

	@Test
	void seededOccurrencesThatOtherDocumentsReportAreCorroborated() throws Exception {
		Api api = new Api(this.mvc, Editors.editor(this.mvc, "occurrence-seed"));
		// 004 alone says the truce was agreed in so many words; 002, 003 and 004 date it, 002 and 004 place it.
		assertThat(occurrenceStatuses(api, "geneva-truce-agreed")).containsExactly("corroborated");
		// 004's "according to customs data"; 002 dates the release and names customs.
		assertThat(occurrenceStatuses(api, "china-customs-may-data")).containsExactly("corroborated");
		// 000's Lutnick "said a framework agreement now awaits presidential approval"; 003 reports the remarks too.
		assertThat(occurrenceStatuses(api, "lutnick-framework-remarks")).containsExactly("corroborated");
		String truce = occurrenceOf(api.anonymousGet("/api/v1/events/geneva-truce-agreed"));
		assertThat(status(api, truce)).isEqualTo("corroborated");
		assertThat(statsCounts(api)).isEqualTo(countedFromSources(api));
	}

	@Test
	void anOccurrenceIsCorroboratedByAnotherDocumentReportingTheEventAndByNoneOfItsOwn() throws Exception {
		Api api = new Api(this.mvc, Editors.editor(this.mvc, "occurrence-written"));
		assertThat(api.post("/api/v1/events", """
				{"slug": "occurrence-summit", "title": "Summit", "summary": "Leaders met.", "kind": "talks",
				 "date": {"start": "2025-06-20", "precision": "day"}, "location": null, "topics": [], "participants": []}""")
			.getStatus()).isEqualTo(201);
		Map<String, Long> before = statsCounts(api);

		// One document says the summit happened, and dates it: nothing of its own corroborates it.
		MockHttpServletResponse first = api.post("/api/v1/sources", SOURCE.formatted("occurrence-a", "a".repeat(64),
				claim("occurrence", "occurred", "the summit", "The summit took place on Friday.") + ", "
						+ claim("start-date", "2025-06-20", "Friday", "The summit took place on Friday.")));
		assertThat(first.getStatus()).as(first.getContentAsString()).isEqualTo(201);
		String occurrence = occurrenceOf(first);
		assertThat(status(api, occurrence)).isEqualTo("uncorroborated");
		assertThat(occurrenceStatuses(api, "occurrence-summit")).containsExactly("uncorroborated");

		// Another document reports the summit through its place only: it says the summit happened.
		MockHttpServletResponse second = api.post("/api/v1/sources", SOURCE.formatted("occurrence-b", "b".repeat(64),
				claim("location", "Oslo", "Oslo", "The leaders met in Oslo.")));
		assertThat(second.getStatus()).as(second.getContentAsString()).isEqualTo(201);
		assertThat(status(api, occurrence)).isEqualTo("corroborated");
		assertThat(occurrenceStatuses(api, "occurrence-summit")).containsExactly("corroborated");
		Map<String, Long> after = statsCounts(api);
		// The occurrence moved from uncorroborated to corroborated; the date and the place are new, alone.
		assertThat(after.get("corroborated")).isEqualTo(before.get("corroborated") + 1);
		assertThat(after.get("uncorroborated")).isEqualTo(before.get("uncorroborated") + 2);
		assertThat(after).isEqualTo(countedFromSources(api));

		// Without the other document's claim, the occurrence stands alone again.
		String place = "/api/v1/claims/" + (int) read(second, "$.claims[0].id");
		assertThat(api.delete(place, api.etag(place)).getStatus()).isEqualTo(204);
		assertThat(status(api, occurrence)).isEqualTo("uncorroborated");
		assertThat(statsCounts(api).get("corroborated")).isEqualTo(before.get("corroborated"));

		// A document saying the summit was called off reports no occurrence; another saying it happened does.
		MockHttpServletResponse third = api.post("/api/v1/sources", SOURCE.formatted("occurrence-c", "c".repeat(64),
				claim("occurrence", "called off", "called off", "The summit was called off.")));
		assertThat(third.getStatus()).as(third.getContentAsString()).isEqualTo(201);
		assertThat(status(api, "/api/v1/claims/" + (int) read(third, "$.claims[0].id")))
			.as("not what a date or a place implies").isEqualTo("uncorroborated");
		assertThat(status(api, occurrence)).isEqualTo("uncorroborated");
		assertThat(api.post("/api/v1/sources", SOURCE.formatted("occurrence-d", "d".repeat(64),
				claim("occurrence", "occurred", "the summit", "Leaders held a summit."))).getStatus()).isEqualTo(201);
		assertThat(status(api, occurrence)).isEqualTo("corroborated");
		assertThat(statsCounts(api)).isEqualTo(countedFromSources(api));
	}

	@Test
	void aSuggestedOccurrencePreviewsTheOtherDocumentsReportingTheEventAsCorroborating() {
		// A document with no claims yet: 002, 003 and 004 report the truce through its date and place.
		List<Preview> previews = this.intake.preview(Long.MAX_VALUE, List.of(
				new Candidate(SubjectType.EVENT, "geneva-truce-agreed", "occurrence", "occurred"),
				new Candidate(SubjectType.EVENT, "geneva-truce-agreed", "occurrence", "called off")));
		assertThat(previews.get(0).kind()).isEqualTo("corroborates");
		assertThat(previews.get(0).corroborates()).extracting(PreviewClaim::value).contains("occurred", "Geneva", "2025-05");
		assertThat(previews.get(1).kind()).isEqualTo("new");
	}

	private static String claim(String attribute, String value, String label, String excerpt) {
		return CLAIM.formatted("occurrence-summit", attribute, value, label, excerpt);
	}

	/** The claim that the event occurred, among the claims of an answer. */
	private static String occurrenceOf(MockHttpServletResponse response) throws Exception {
		List<Integer> ids = read(response, "$.claims[?(@.attribute == 'occurrence')].id");
		assertThat(ids).hasSize(1);
		return "/api/v1/claims/" + ids.get(0);
	}

	private static String status(Api api, String claim) throws Exception {
		return read(api.anonymousGet(claim), "$.status");
	}

	private static List<String> occurrenceStatuses(Api api, String event) throws Exception {
		return read(api.anonymousGet("/api/v1/events/" + event),
				"$.claims[?(@.attribute == 'occurrence' && @.value == 'occurred')].status");
	}

	/** The claim counts by status that stats reports. */
	private static Map<String, Long> statsCounts(Api api) throws Exception {
		MockHttpServletResponse stats = api.anonymousGet("/api/v1/stats");
		List<Map<String, Object>> counts = read(stats, "$.claimsByStatus");
		Map<String, Long> byStatus = new HashMap<>();
		counts.forEach(c -> byStatus.put((String) c.get("key"), ((Number) c.get("count")).longValue()));
		return byStatus;
	}

	/** The same counts, summed over every source's standing. */
	private static Map<String, Long> countedFromSources(Api api) throws Exception {
		List<Map<String, Object>> sources = read(api.anonymousGet("/api/v1/sources?size=100"), "$.items");
		Map<String, Long> byStatus = new HashMap<>();
		for (Map<String, Object> source : sources) {
			List<String> statuses = read(api.anonymousGet("/api/v1/sources/" + source.get("id")), "$.claims[*].status");
			statuses.forEach(s -> byStatus.merge(s, 1L, Long::sum));
		}
		for (String status : List.of("corroborated", "uncorroborated", "contradicted", "contested")) {
			byStatus.putIfAbsent(status, 0L);
		}
		return byStatus;
	}

}
