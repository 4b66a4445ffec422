package org.tradeline.ingest.review;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

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

/** What review makes of a proposed event at the edges: a sentence too long for a title, edited values. */
@ApiTest
// Not the ingest context: the draft events these make would take IngestApiTest's sentences.
@TestPropertySource(properties = "tradeline.test.context=ingest-review")
class IngestReviewEdgesTest {

	private static final AtomicInteger counter = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	Api api;

	@BeforeEach
	void editor() throws Exception {
		this.api = new Api(this.mvc, Editors.editor(this.mvc, "long-text-" + counter.incrementAndGet()));
	}

	/**
	 * A sentence longer than an event's title may be: the title proposed from it is cut to 200
	 * characters as the contract counts them, never between the halves of a character outside the
	 * Basic Multilingual Plane. The title proposed for a new event is the sentence's first fourteen words. Here the last of them
	 * is 100 mathematical bold letters (two UTF-16 units each) after 114 or 115 other characters (the
	 * days' names differ by one): a cut at 200 UTF-16 units falls inside a letter in one of the two.
	 */
	@Test
	@SuppressWarnings("unchecked")
	void aProposedTitleIsCutBetweenCharactersNotInsideOne() throws Exception {
		for (String day : List.of("Tuesday, June 17", "Thursday, June 19")) {
			String sentence = "On " + day + ", Scott Bessent visited Westinghouse manufacturing establishments"
					+ " outside Pittsburgh alongside " + "\ud835\udc2c".repeat(100) + " port.";
			// Among English sentences, so that the document reads as English.
			MockHttpServletResponse ingested = this.api.post("/api/v1/ingest",
					IngestApiTest.document("text", IngestApiTest.ARTICLE + "\n" + sentence + "\n", "bold-" + day.substring(day.length() - 2) + ".txt"));
			assertThat(ingested.getStatus()).as(ingested.getContentAsString()).isEqualTo(201);
			List<Map<String, Object>> suggestions = IngestApiTest.suggestions(ingested);
			int date = IngestApiTest.number(suggestions,
					s -> ((Map<String, Object>) s.get("subject")).get("proposal") != null
							&& "start-date".equals(s.get("attribute"))
							&& ((String) ((Map<String, Object>) s.get("subject")).get("title")).startsWith("On " + day));
			Map<String, Object> subject = (Map<String, Object>) suggestions.stream()
				.filter(s -> s.get("number").equals(date))
				.findFirst()
				.orElseThrow()
				.get("subject");
			String proposed = (String) subject.get("title");
			assertWholeCharacters(proposed);
			assertThat(proposed.codePointCount(0, proposed.length())).isEqualTo(200);

			MockHttpServletResponse decided = this.api.post(
					"/api/v1/sources/" + Api.read(ingested, "$.source.id") + "/suggestions/decisions",
					"{\"decisions\": [{\"number\": %d, \"decision\": \"accept\"}]}".formatted(date));
			assertThat(decided.getStatus()).as(decided.getContentAsString()).isEqualTo(200);
			String event = ((List<String>) Api.read(decided, "$.suggestions[*].subject.slug")).get(0);
			String title = Api.read(this.api.get("/api/v1/events/" + event + "?state=all"), "$.title");
			assertWholeCharacters(title);
			assertThat(sentence).startsWith(title);
		}
	}

	/** A proposal's date and place accepted with edited values make the new event as edited. */
	@Test
	@SuppressWarnings("unchecked")
	void aNewEventTakesItsDateAndPlaceAsTheEditorAcceptedThem() throws Exception {
		MockHttpServletResponse ingested = this.api.post("/api/v1/ingest", IngestApiTest.document("text",
				IngestApiTest.ARTICLE + "\nOn Friday, June 27, Scott Bessent met He Lifeng in Geneva.\n", "edited.txt"));
		assertThat(ingested.getStatus()).as(ingested.getContentAsString()).isEqualTo(201);
		List<Map<String, Object>> suggestions = IngestApiTest.suggestions(ingested);
		java.util.function.Predicate<Map<String, Object>> proposed = s -> ((Map<String, Object>) s.get("subject"))
			.get("proposal") != null && String.valueOf(s.get("excerpt")).contains("June 27");
		int date = IngestApiTest.number(suggestions, proposed.and(s -> "start-date".equals(s.get("attribute"))));
		int place = IngestApiTest.number(suggestions, proposed.and(s -> "location".equals(s.get("attribute"))));
		MockHttpServletResponse decided = this.api.post(
				"/api/v1/sources/" + Api.read(ingested, "$.source.id") + "/suggestions/decisions", """
						{"decisions": [{"number": %d, "decision": "accept", "value": "2025-06"},
						 {"number": %d, "decision": "accept", "value": "Gen\u00e8ve"}]}""".formatted(date, place));
		assertThat(decided.getStatus()).as(decided.getContentAsString()).isEqualTo(200);
		String event = ((List<String>) Api.read(decided, "$.suggestions[*].subject.slug")).get(0);
		MockHttpServletResponse made = this.api.get("/api/v1/events/" + event + "?state=all");
		assertThat((String) Api.read(made, "$.location")).isEqualTo("Gen\u00e8ve");
		assertThat((String) Api.read(made, "$.date.start")).isEqualTo("2025-06-01");
		assertThat((String) Api.read(made, "$.date.precision")).isEqualTo("month");
		assertThat((List<String>) Api.read(made, "$.disputes[*].attribute")).isEmpty();
	}

	private static void assertWholeCharacters(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c)) {
				assertThat(i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)))
					.as("a whole character at %d of %s", i, text)
					.isTrue();
				i++;
			}
			else {
				assertThat(Character.isLowSurrogate(c)).as("a lone low surrogate at %d of %s", i, text).isFalse();
			}
		}
	}

}
