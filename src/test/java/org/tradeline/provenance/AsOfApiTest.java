package org.tradeline.provenance;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.tradeline.support.Api;
import org.tradeline.support.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tradeline.support.OpenApiContract.conforms;
import static org.tradeline.support.Problems.invalidParameter;

/**
 * The seed's timeline as of three days, expected from the five documents and their publication
 * dates (docs/data.md), not from the service's output:
 * <ul>
 * <li>June 9, the day the London talks opened: 001 and 004 were written that day, but their dates
 * are approximate (the earliest their texts allow), so they count only from June 10; 002 appeared
 * June 10. Nothing was certainly in print: no event, no dispute, no framework.</li>
 * <li>June 10, the talks' second day: 001, 002 and 004 count. They report the run-up (Geneva, the
 * export controls, the US measures and China's reply, the June 5 call, the licences, the May data,
 * Hassett) and the talks opening; not the framework agreed near midnight, nor anything of June 11,
 * which only 000 and 003 report. 002 names Becerra as Treasury Secretary where 001 and 004 name
 * Bessent, so that dispute is already in print; 000's Biden, Yellen and Raimondo are not yet.</li>
 * <li>June 12: 000 and 003 (earliest June 11, approximate) count too. The framework is agreed, and
 * the disputes 000 starts (US leader on the call, Yellen, Raimondo) are in print.</li>
 * </ul>
 */
@ApiTest
class AsOfApiTest {

	private static final List<String> RUN_UP_AND_TALKS = List.of("geneva-talks", "china-rare-earth-export-controls",
			"us-chip-and-visa-measures", "us-accuses-china-slow-rolling", "mofcom-criticises-us-measures",
			"xi-trump-call", "trump-says-rare-earth-issue-resolved", "mofcom-approves-rare-earth-licences",
			"china-customs-may-data", "hassett-expects-rare-earth-deal", "london-talks");

	/** Reported only by 000 and 003, both published June 11 at the earliest. */
	private static final List<String> FRAMEWORK_AND_AFTER = List.of("london-framework-agreed", "trump-says-deal-done",
			"lutnick-framework-remarks", "li-chenggang-briefs-on-framework", "he-lifeng-urges-us-to-keep-promises",
			"ren-zhengfei-peoples-daily-interview");

	private static final String TREASURY = "event:london-talks:us-treasury-secretary";

	private static final String US_LEADER = "event:xi-trump-call:us-leader";

	@Autowired
	MockMvc mvc;

	@Test
	void onTheDayTheLondonTalksOpenedNothingWasCertainlyInPrint() throws Exception {
		String events = json("/api/v1/events?size=100&asOf=2025-06-09");
		assertThat(JsonPath.<List<String>>read(events, "$.items[*].slug")).isEmpty();
		assertThat(JsonPath.<Integer>read(events, "$.totalItems")).isZero();
		assertThat(JsonPath.<List<String>>read(json("/api/v1/disputes?asOf=2025-06-09"), "$.items")).isEmpty();
		assertThat(JsonPath.<List<String>>read(json("/api/v1/sources?asOf=2025-06-09"), "$.items")).isEmpty();
		this.mvc.perform(get("/api/v1/events/london-framework-agreed?asOf=2025-06-09")).andExpect(status().isNotFound());
	}

	@Test
	void onTheSecondDayOfTalksTheRunUpIsReportedButNoFramework() throws Exception {
		String events = json("/api/v1/events?size=100&asOf=2025-06-10");
		List<String> slugs = JsonPath.read(events, "$.items[*].slug");
		assertThat(slugs).containsAll(RUN_UP_AND_TALKS).doesNotContainAnyElementsOf(FRAMEWORK_AND_AFTER);
		assertThat(JsonPath.<Integer>read(events, "$.totalItems")).isEqualTo(slugs.size());
		// Counts and the disputed flag are the day's too: three documents, one dispute so far.
		Map<String, Object> london = JsonPath.<List<Map<String, Object>>>read(events,
				"$.items[?(@.slug == 'london-talks')]").get(0);
		assertThat(london).containsEntry("sourceCount", 3).containsEntry("disputed", true);
		this.mvc.perform(get("/api/v1/events/london-framework-agreed?asOf=2025-06-10")).andExpect(status().isNotFound());
		assertThat(JsonPath.<List<String>>read(json("/api/v1/events?disputed=true&asOf=2025-06-10"), "$.items[*].slug"))
			.containsExactly("london-talks");
		assertThat(JsonPath.<List<String>>read(json("/api/v1/events?disputed=false&size=100&asOf=2025-06-10"),
				"$.items[*].slug")).contains("xi-trump-call").doesNotContain("london-talks");

		String disputes = json("/api/v1/disputes?asOf=2025-06-10");
		assertThat(JsonPath.<List<String>>read(disputes, "$.items[*].id")).containsExactly(TREASURY);
		assertThat(JsonPath.<List<String>>read(disputes, "$.items[0].positions[*].value"))
			.containsExactly("scott-bessent", "becerra");

		String detail = json("/api/v1/events/london-talks?asOf=2025-06-10");
		assertThat(JsonPath.<List<String>>read(detail, "$.claims[*].source.fileName")).isNotEmpty()
			.allSatisfy(file -> assertThat(file).startsWith("00").isNotIn("000_d0ee0f4fab4b2662.txt",
					"003_e6f85452d9e23108.txt"));
		assertThat(JsonPath.<List<String>>read(detail, "$.disputes[*].attribute"))
			.containsExactly("us-treasury-secretary");
		assertThat(JsonPath.<List<String>>read(json("/api/v1/sources?asOf=2025-06-10"), "$.items[*].fileName"))
			.containsExactly("001_b6b1e0ca712ab53b.txt", "002_c4793645ec5b4779.txt", "004_6307ee0113ec1de7.txt");
	}

	@Test
	void twoDaysAfterTheTalksTheFrameworkAndEveryDisputeAreInPrint() throws Exception {
		List<String> slugs = JsonPath.read(json("/api/v1/events?size=100&asOf=2025-06-12"), "$.items[*].slug");
		assertThat(slugs).containsAll(RUN_UP_AND_TALKS).containsAll(FRAMEWORK_AND_AFTER);
		assertThat(JsonPath.<List<String>>read(json("/api/v1/events?disputed=true&asOf=2025-06-12"), "$.items[*].slug"))
			.containsExactlyInAnyOrder("london-talks", "xi-trump-call");
		String disputes = json("/api/v1/disputes?asOf=2025-06-12");
		assertThat(JsonPath.<List<String>>read(disputes, "$.items[*].id")).contains(TREASURY, US_LEADER);
		assertThat(JsonPath.<List<String>>read(disputes,
				"$.items[?(@.id == '" + TREASURY + "')].positions[*].value"))
			.containsExactlyInAnyOrder("scott-bessent", "becerra", "janet-yellen");
		assertThat(JsonPath.<List<String>>read(json("/api/v1/disputes?asOf=2025-06-11"), "$.items[*].id"))
			.as("000 names Biden, but counts only from June 12")
			.doesNotContain(US_LEADER);
	}

	@Test
	void aSourceNotYetInPrintIsNotFoundAndAnEarlierOneStandsAsItStoodThen() throws Exception {
		String sources = json("/api/v1/sources?size=100");
		int straitsTimes = JsonPath.<List<Integer>>read(sources,
				"$.items[?(@.fileName == '003_e6f85452d9e23108.txt')].id").get(0);
		int becerra = JsonPath.<List<Integer>>read(sources,
				"$.items[?(@.fileName == '002_c4793645ec5b4779.txt')].id").get(0);
		this.mvc.perform(get("/api/v1/sources/" + straitsTimes + "?asOf=2025-06-11")).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/sources/" + straitsTimes + "?asOf=2025-06-12")).andExpect(status().isOk());
		// On June 10 002's Becerra stood against 001 and 004's Bessent alone.
		String then = json("/api/v1/sources/" + becerra + "?asOf=2025-06-10");
		assertThat(JsonPath.<List<String>>read(then,
				"$.claims[?(@.attribute == 'us-treasury-secretary')].status")).containsExactly("contradicted");
		// Its xi-trump-call us-leader claim had no dispute yet: 000 was not in print.
		assertThat(JsonPath.<List<String>>read(then,
				"$.claims[?(@.attribute == 'us-leader')].status")).containsExactly("corroborated");
	}

	@Test
	void exportsHonourAsOf() throws Exception {
		List<String> slugs = JsonPath.read(json("/api/v1/events?size=100&asOf=2025-06-10"), "$.items[*].slug");
		List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
			.parse(new StringReader(Api.ok(this.mvc, "/api/v1/exports/events.csv?asOf=2025-06-10")))
			.getRecords();
		assertThat(rows).extracting(r -> r.get("slug")).containsExactlyElementsOf(slugs);
		assertThat(JsonPath.<List<String>>read(Api.ok(this.mvc, "/api/v1/exports/timeline.json?asOf=2025-06-10"),
				"$.events[*].unique_id")).containsExactlyElementsOf(slugs);
		assertThat(Api.ok(this.mvc, "/api/v1/exports/events.ics?asOf=2025-06-10")).contains("UID:london-talks@tradeline")
			.doesNotContain("UID:london-framework-agreed@tradeline");
		assertThat(Api.ok(this.mvc, "/api/v1/exports/claims.csv?asOf=2025-06-10")).doesNotContain("000_d0ee0f4fab4b2662.txt")
			.doesNotContain("003_e6f85452d9e23108.txt")
			.contains("002_c4793645ec5b4779.txt");
		assertThat(Api.ok(this.mvc, "/api/v1/exports/changes.atom?asOf=2025-06-10")).doesNotContain("london-framework-agreed");
		this.mvc.perform(get("/api/v1/exports/events/london-framework-agreed.jsonld?asOf=2025-06-10"))
			.andExpect(status().isNotFound());
		assertThat(Api.ok(this.mvc, "/api/v1/exports/events/london-framework-agreed.jsonld?asOf=2025-06-12"))
			.contains("london-framework-agreed");
	}

	@ParameterizedTest
	@ValueSource(strings = { "2025-06-31", "June 10", "2025-6-10", "2025-06-08", "1999-01-01", "2999-01-01" })
	void refusesAnAsOfThatIsNotADayWithSourcesInPrintOrIsInTheFuture(String asOf) throws Exception {
		for (String uri : List.of("/api/v1/events", "/api/v1/events/london-talks", "/api/v1/disputes",
				"/api/v1/sources", "/api/v1/exports/events.csv", "/api/v1/exports/timeline.json")) {
			this.mvc.perform(get(uri).queryParam("asOf", asOf)).andExpect(invalidParameter("asOf"));
		}
	}

	private String json(String uri) throws Exception {
		return this.mvc.perform(get(uri))
			.andExpect(status().isOk())
			.andExpect(conforms())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
