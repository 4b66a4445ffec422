package org.tradeline.ingest.review;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.tradeline.store.StoreChanges;
import org.tradeline.support.Api;
import org.tradeline.support.ApiTest;
import org.tradeline.support.Editors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.tradeline.support.HttpDates.afterTheSecondOf;

/**
 * A review decides on drafts only, so it leaves the public Last-Modified (docs/exports.md) however
 * large its batch: one naming more cache tags than a change log row holds is logged as touching
 * everything, and is still no change the public sees.
 */
@ApiTest
// Not the ingest context: the draft events the batch makes would take IngestApiTest's sentences.
@TestPropertySource(properties = "tradeline.test.context=ingest-review")
class IngestReviewPublicDateTest {

	private static final String LIST = "/api/v1/events?size=100";

	private static final List<String> PLACES = List.of("Geneva", "London", "Stockholm", "Madrid", "Paris", "Rome",
			"Vienna", "Brussels", "Berlin", "Tokyo");

	@Autowired
	MockMvc mvc;

	@Autowired
	StoreChanges changes;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aReviewBatchNamingMoreTagsThanTheLogHoldsLeavesThePublicDate() throws Exception {
		Api api = new Api(this.mvc, Editors.editor(this.mvc, "review-public-date"));
		// Each meeting is an event to propose. Accepting its date makes a draft event and a claim, which
		// name at least "event:n has:event:n claim:n": over 25 characters of tags, however the trigrams
		// of the titles fall, so the batch crosses the limit.
		StringBuilder text = new StringBuilder(IngestApiTest.ARTICLE).append('\n');
		LocalDate day = LocalDate.of(2024, 3, 1);
		for (int meeting = 0; meeting < StoreChanges.MAX_TAGS_LENGTH / 25; meeting++, day = day.plusDays(1)) {
			text.append("On ")
				.append(day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH))
				.append(' ')
				.append(day.getDayOfMonth())
				.append(", ")
				.append(day.getYear())
				.append(", Howard Lutnick met He Lifeng in ")
				.append(PLACES.get(meeting % PLACES.size()))
				.append(" for talks on export controls.\n");
		}
		MockHttpServletResponse ingested = api.post("/api/v1/ingest",
				IngestApiTest.document("text", text.toString(), "review-public-date.txt"));
		assertThat(ingested.getStatus()).as(ingested.getContentAsString()).isEqualTo(201);
		List<Map<String, Object>> suggestions = IngestApiTest.suggestions(ingested);
		String decisions = suggestions.stream()
			.filter(s -> ((Map<?, ?>) s.get("subject")).get("proposal") != null && "start-date".equals(s.get("attribute")))
			.map(s -> "{\"number\": " + s.get("number") + ", \"decision\": \"accept\"}")
			.collect(Collectors.joining(", "));
		// And one suggestion about an event the public sees: a draft claim, which it does not.
		decisions += ", {\"number\": %d, \"decision\": \"accept\"}".formatted(
				IngestApiTest.number(suggestions, IngestApiTest.about("london-talks", "location")));

		String publicDate = api.anonymousGet(LIST).getHeader(HttpHeaders.LAST_MODIFIED);
		assertThat(publicDate).isNotNull();
		// Any public change from here on would be dated in a later second than the reader's copy.
		afterTheSecondOf(this.changes.lastChanged());
		MockHttpServletResponse decided = api.post("/api/v1/sources/" + Api.read(ingested, "$.source.id")
				+ "/suggestions/decisions", "{\"decisions\": [" + decisions + "]}");
		assertThat(decided.getStatus()).as(decided.getContentAsString()).isEqualTo(200);

		Map<String, Object> logged = this.jdbc
			.sql("select tags, seen_by_public from store_change_log"
					+ " where revision = (select max(revision) from store_change_log)")
			.query()
			.singleRow();
		assertThat(logged.get("tags")).as("the batch named more tags than a log row holds").isEqualTo("*");
		assertThat(logged.get("seen_by_public")).isEqualTo(false);
		assertThat(this.changes.publicLastChange().at().getEpochSecond()).isLessThan(this.changes.lastChanged().getEpochSecond());
		for (int read = 0; read < 2; read++) {
			MockHttpServletResponse answer = this.mvc.perform(get(LIST).header(HttpHeaders.IF_MODIFIED_SINCE, publicDate))
				.andReturn()
				.getResponse();
			assertThat(answer.getStatus()).as("read %d", read).isEqualTo(304);
			assertThat(answer.getHeader(HttpHeaders.LAST_MODIFIED)).isEqualTo(publicDate);
		}
	}

}
