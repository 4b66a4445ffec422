package org.tradeline.figure;

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
import static org.tradeline.support.Api.read;

/**
 * A figure's amount fits its column, its period runs forwards ({@link FigureRules}), and an empty
 * event means none.
 */
@ApiTest
@TestPropertySource(properties = "tradeline.test.context=writes")
class FigureWriteApiTest {

	private static final String FIGURE = """
			{"slug": "%s", "label": "Exports", "amount": %s, "unit": "tonnes",
			 "period": {"start": "2025-05-01", "end": "%s"}}""";

	@Autowired
	MockMvc mvc;

	@Test
	void refusesAnAmountBeyondItsBoundsOrScaleOnce() throws Exception {
		Api api = new Api(this.mvc, Editors.editor(this.mvc, "figure-amounts"));
		for (String amount : List.of("1e400", "10000000000000000", "-10000000000000000")) {
			MockHttpServletResponse response = api.post("/api/v1/figures",
					FIGURE.formatted("too-large", amount, "2025-05-31"));
			assertThat(response.getStatus()).as(amount).isEqualTo(400);
			assertThat((List<String>) read(response, "$.errors[*].field")).as(amount).containsExactly("amount");
		}
		MockHttpServletResponse precise = api.post("/api/v1/figures",
				FIGURE.formatted("too-precise", "1.23456", "2025-05-31"));
		assertThat(precise.getStatus()).isEqualTo(400);
		assertThat((List<String>) read(precise, "$.errors[*].message"))
			.containsExactly("amount may have at most 4 decimal places");
		assertThat(api.post("/api/v1/figures", FIGURE.formatted("at-the-bounds", "9999999999999999.0000", "2025-05-31"))
			.getStatus()).isEqualTo(201);
	}

	@Test
	void refusesAPeriodEndingBeforeItStarts() throws Exception {
		Api api = new Api(this.mvc, Editors.editor(this.mvc, "figure-periods"));
		MockHttpServletResponse response = api.post("/api/v1/figures", FIGURE.formatted("backwards", "1", "2025-04-30"));
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat((List<String>) read(response, "$.errors[*].message"))
			.containsExactly("period.end must not be before period.start");
	}

	/** As an event's empty location: "" for the event a figure belongs to means it belongs to none. */
	@Test
	void anEmptyEventMeansNone() throws Exception {
		Api api = new Api(this.mvc, Editors.editor(this.mvc, "figure-empty-event"));
		MockHttpServletResponse created = api.post("/api/v1/figures",
				"{\"slug\": \"no-event-figure\", \"label\": \"F\", \"amount\": 1, \"unit\": \"x\", \"event\": \"\"}");
		assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
		assertThat(((Map<String, Object>) read(created, "$")).get("event")).isNull();

		MockHttpServletResponse linked = api.post("/api/v1/figures",
				"{\"slug\": \"unlinked-figure\", \"label\": \"F\", \"amount\": 1, \"unit\": \"x\", \"event\": \"geneva-talks\"}");
		assertThat((String) read(linked, "$.event")).isEqualTo("geneva-talks");
		MockHttpServletResponse patched = api.patch("/api/v1/figures/unlinked-figure",
				api.etag("/api/v1/figures/unlinked-figure"), "{\"event\": \"\"}");
		assertThat(patched.getStatus()).as(patched.getContentAsString()).isEqualTo(200);
		assertThat(((Map<String, Object>) read(patched, "$")).get("event")).isNull();
	}

}
