package org.tradeline.event;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tradeline.support.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.tradeline.support.OpenApiContract.conforms;
import static org.tradeline.support.Problems.invalidParameter;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ApiTest
class EventApiTest {

	@Autowired
	MockMvc mvc;

	private ResultActions events(String query) throws Exception {
		return this.mvc.perform(get("/api/v1/events?" + query)).andExpect(conforms());
	}

	private List<String> slugs(String query) throws Exception {
		return JsonPath.read(events(query).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(),
				"$.items[*].slug");
	}

	private List<String> starts(String query) throws Exception {
		return JsonPath.read(events(query).andReturn().getResponse().getContentAsString(), "$.items[*].date.start");
	}

	@Test
	void listsTheSeededTimelineOldestFirstWithProvenanceCounts() throws Exception {
		events("size=100").andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(greaterThanOrEqualTo(15)))
			.andExpect(jsonPath("$.items[0].slug").value("china-rare-earth-export-controls"))
			.andExpect(jsonPath("$.items[0].date.label").value("early April 2025"))
			.andExpect(jsonPath("$.items[*].claimCount", everyItem(greaterThan(0))));
		assertThat(starts("size=100")).isSorted();
	}

	@Test
	void sortsNewestFirstOnRequest() throws Exception {
		List<String> starts = starts("size=100&sort=date,desc");
		assertThat(starts).isSortedAccordingTo(java.util.Comparator.reverseOrder());
		assertThat(starts.get(0)).isGreaterThan(starts.get(starts.size() - 1));
	}

	@Test
	void sortsByTitle() throws Exception {
		List<String> titles = JsonPath.read(events("size=100&sort=title").andReturn().getResponse().getContentAsString(),
				"$.items[*].title");
		assertThat(titles).isSortedAccordingTo(String::compareTo);
	}

	@Test
	void filtersByTopic() throws Exception {
		events("topic=rare-earths&size=100").andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].topics[*].slug", hasItem("rare-earths")))
			.andExpect(jsonPath("$.items[*].slug", hasItem("china-rare-earth-export-controls")))
			.andExpect(jsonPath("$.items[*].slug", not(hasItem("ren-zhengfei-peoples-daily-interview"))));
		assertThat(slugs("topic=rare-earths&size=100")).hasSizeLessThan(slugs("size=100").size());
	}

	@Test
	void filtersByActorAndKind() throws Exception {
		assertThat(slugs("kind=call")).containsExactly("xi-trump-call");
		assertThat(slugs("actor=he-lifeng&size=100")).contains("geneva-talks", "london-talks")
			.doesNotContain("xi-trump-call");
	}

	@Test
	void approximateDatesMatchARangeThatAnyOfTheirDaysFallsIn() throws Exception {
		// "early April" spans April 1-10, so a range starting on April 5 still holds it.
		assertThat(slugs("from=2025-04-05&to=2025-04-30")).containsExactly("china-rare-earth-export-controls");
		// "around June 11" may be June 12.
		assertThat(slugs("from=2025-06-12&size=100")).contains("he-lifeng-urges-us-to-keep-promises")
			.doesNotContain("trump-says-deal-done");
		// The London talks ran June 9-10, so a range ending June 9 includes them and one starting June 10 too.
		assertThat(slugs("from=2025-06-10&to=2025-06-10&size=100")).contains("london-talks");
		// June 1 is the accusation's day, and within "early June" for the two events dated that way.
		assertThat(slugs("from=2025-06-01&to=2025-06-01")).containsExactlyInAnyOrder("us-accuses-china-slow-rolling",
				"trump-says-rare-earth-issue-resolved", "china-customs-may-data");
	}

	@Test
	void searchesTitlesAndSummariesIgnoringCase() throws Exception {
		assertThat(slugs("q=GENEVA&size=100")).contains("geneva-talks");
		assertThat(slugs("q=no-such-text-anywhere")).isEmpty();
		// LIKE wildcards in the query are taken literally.
		assertThat(slugs("q=%25")).isEmpty();
	}

	@Test
	void filtersDisputedEventsComputedFromClaims() throws Exception {
		// Documents 000 and 002 name other US officials and another president than the rest do.
		assertThat(slugs("disputed=true")).containsExactlyInAnyOrder("london-talks", "xi-trump-call");
		assertThat(slugs("disputed=false&size=100")).doesNotContain("london-talks", "xi-trump-call")
			.contains("geneva-talks");
	}

	@Test
	void pagesWithTotals() throws Exception {
		int total = slugs("size=100").size();
		events("size=5&page=1").andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(5))
			.andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.size").value(5))
			.andExpect(jsonPath("$.totalItems").value(total))
			.andExpect(jsonPath("$.totalPages").value((total + 4) / 5));
		assertThat(slugs("size=5&page=0")).doesNotContainAnyElementsOf(slugs("size=5&page=1"));
		assertThat(slugs("size=5&page=99")).isEmpty();
	}

	@Test
	void showsAnEventWithParticipantsClaimsAndDisputes() throws Exception {
		this.mvc.perform(get("/api/v1/events/london-talks"))
			.andExpect(status().isOk())
			.andExpect(conforms())
			.andExpect(jsonPath("$.date.label").value("June 9–10, 2025"))
			.andExpect(jsonPath("$.location").value("London"))
			.andExpect(jsonPath("$.participants[?(@.actor == 'scott-bessent')].attestedBy[*].fileName",
					containsInAnyOrder("001_b6b1e0ca712ab53b.txt", "004_6307ee0113ec1de7.txt")))
			.andExpect(jsonPath("$.participants[?(@.actor == 'janet-yellen')].disputed").value(true))
			.andExpect(jsonPath("$.participants[?(@.actor == 'he-lifeng')].disputed").value(false))
			.andExpect(jsonPath("$.claims[*].excerpt", everyItem(not(emptyString()))))
			.andExpect(jsonPath("$.disputes[*].attribute",
					containsInAnyOrder("us-treasury-secretary", "us-commerce-secretary")));
	}

	@Test
	void listsEachParticipantOnce() throws Exception {
		String body = this.mvc.perform(get("/api/v1/events/london-talks")).andReturn().getResponse().getContentAsString();
		List<String> actors = JsonPath.read(body, "$.participants[*].actor");
		assertThat(actors).doesNotHaveDuplicates().contains("he-lifeng", "scott-bessent", "janet-yellen", "becerra");
	}

	@Test
	void compatibleDatesAtDifferentPrecisionAreNotADispute() throws Exception {
		// 003 says Geneva was "in May", 002 and 004 "mid-May": both can be true.
		this.mvc.perform(get("/api/v1/events/geneva-talks"))
			.andExpect(status().isOk())
			.andExpect(conforms())
			.andExpect(jsonPath("$.disputes").isEmpty())
			.andExpect(jsonPath("$.claims[?(@.attribute == 'start-date')].value",
					hasItems("2025-05", "2025-05-mid")))
			.andExpect(jsonPath("$.claims[?(@.attribute == 'start-date')].status",
					everyItem(is("corroborated"))));
	}

	@Test
	void answersAnUnknownEventWithProblem404() throws Exception {
		this.mvc.perform(get("/api/v1/events/no-such-event"))
			.andExpect(status().isNotFound())
			.andExpect(conforms())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("no-such-event")));
	}

	/** Parameters that do not parse are refused without the store: {@link EventListParametersTest}. */
	@ParameterizedTest(name = "{0} -> 400 naming {1}")
	@CsvSource(delimiter = '|', textBlock = """
			topic=no-such-topic           | topic
			actor=no-such-actor           | actor
			""")
	void rejectsUnknownTopicsAndActorsWithProblem400(String query, String parameter) throws Exception {
		events(query).andExpect(invalidParameter(parameter));
	}

}
