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

/** Decisions refused for what they say, not for what the source holds: nothing of them is stored. */
@ApiTest
// Decides nothing about a proposed event, so it makes no draft event another test could find.
@TestPropertySource(properties = "tradeline.test.context=ingest-review")
class DecisionRefusalsTest {

	private static final AtomicInteger counter = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	Api api;

	String decisions;

	int number;

	@BeforeEach
	void source() throws Exception {
		int n = counter.incrementAndGet();
		this.api = new Api(this.mvc, Editors.editor(this.mvc, "decision-refusals-" + n));
		MockHttpServletResponse ingested = this.api.post("/api/v1/ingest", IngestApiTest.document("text",
				IngestApiTest.ARTICLE + "\nDecision refusals, document " + n + ".\n", "decision-refusals-" + n + ".txt"));
		assertThat(ingested.getStatus()).as(ingested.getContentAsString()).isEqualTo(201);
		this.decisions = "/api/v1/sources/" + Api.read(ingested, "$.source.id") + "/suggestions/decisions";
		this.number = IngestApiTest.number(IngestApiTest.suggestions(ingested), s -> true);
	}

	/** value, valueLabel and subject edit what is accepted: given with a rejection, they are refused, not ignored. */
	@Test
	void aRejectionTakesNoEdits() throws Exception {
		Map<String, String> edits = Map.of("\"value\": \"x\"", "decisions[0].value", "\"valueLabel\": \"x\"",
				"decisions[0].valueLabel", "\"subject\": {\"type\": \"actor\", \"slug\": \"scott-bessent\"}",
				"decisions[0].subject");
		for (Map.Entry<String, String> edit : edits.entrySet()) {
			String request = "{\"decisions\": [{\"number\": %d, \"decision\": \"reject\", %s}]}".formatted(this.number,
					edit.getKey());
			assertRefused(request, edit.getValue());
		}
		assertNothingDecided();
		MockHttpServletResponse rejected = this.api.post(this.decisions,
				"{\"decisions\": [{\"number\": %d, \"decision\": \"reject\"}]}".formatted(this.number));
		assertThat(rejected.getStatus()).as(rejected.getContentAsString()).isEqualTo(200);
	}

	/** A number past int's range is refused as 0 or 100001 are: with number's own bounds. */
	@Test
	void aNumberOutOfBoundsIsToldItsBounds() throws Exception {
		for (String number : List.of("0", "100001", "2147483648", "-2147483649", "9223372036854775808",
				"123456789012345678901234567890")) {
			String message = assertRefused(
					"{\"decisions\": [{\"number\": " + number + ", \"decision\": \"accept\"}]}", "decisions[0].number");
			assertThat(message).as(number).contains("from 1 to 100000").doesNotContain("2147483647");
		}
		// Not an integer at all: refused as any whole-number field refuses it.
		assertThat(assertRefused("{\"decisions\": [{\"number\": 1.5, \"decision\": \"accept\"}]}", "decisions[0].number"))
			.contains("whole number");
		assertNothingDecided();
	}

	/** The request is a 400 naming the field among its errors; the field's message is returned. */
	@SuppressWarnings("unchecked")
	private String assertRefused(String request, String field) throws Exception {
		MockHttpServletResponse answer = this.api.post(this.decisions, request);
		assertThat(answer.getStatus()).as(request + ": " + answer.getContentAsString()).isEqualTo(400);
		List<String> messages = Api.read(answer, "$.errors[?(@.field == '" + field + "')].message");
		assertThat(messages).as(request + ": " + answer.getContentAsString()).hasSize(1);
		return messages.get(0);
	}

	@SuppressWarnings("unchecked")
	private void assertNothingDecided() throws Exception {
		assertThat((List<String>) Api.read(this.api.get(this.decisions.replace("/decisions", "?size=100")),
				"$.items[*].status")).containsOnly("pending");
	}

}
