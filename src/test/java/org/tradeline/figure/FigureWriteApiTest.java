package org.tradeline.figure;

import java.util.List;

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

/** A figure's amount fits its column, and its period runs forwards ({@link FigureRules}). */
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

}
