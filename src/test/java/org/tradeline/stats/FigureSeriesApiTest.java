package org.tradeline.stats;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.tradeline.support.Api;
import org.tradeline.support.ApiTest;
import org.tradeline.support.Editors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tradeline.support.OpenApiContract.conforms;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** A series of figures in stats holds figures of one unit over periods of one length, whatever is written. */
@ApiTest
@TestPropertySource(properties = "tradeline.test.context=figure-series")
class FigureSeriesApiTest {

	private static final String FIGURE = """
			{"slug": "%s", "label": "%s", "amount": %s, "unit": "%s", "period": {"start": "%s", "end": "%s"}}""";

	@Autowired
	MockMvc mvc;

	@Test
	void writtenFiguresJoinOnlyTheSeriesOfTheirUnitAndLengthOfPeriod() throws Exception {
		Api api = new Api(this.mvc, Editors.editor(this.mvc, "figure-series"));
		create(api, "rare-earth-exports-2025-06", "China's rare-earth exports in June", "7742", "tonnes", "2025-06-01",
				"2025-06-30");
		create(api, "us-tariff-rate-2025-06", "US tariff rate on Chinese goods in June", "30", "percent", "2025-06-01",
				"2025-06-30");
		create(api, "us-purchases-2025-06", "Purchases of US goods in June", "5000000000", "usd", "2025-06-01",
				"2025-06-30");
		create(api, "rare-earth-exports-2025-06-first-week", "China's rare-earth exports, June 1 to 7", "1500", "tonnes",
				"2025-06-01", "2025-06-07");
		String json = this.mvc.perform(get("/api/v1/stats"))
			.andExpect(conforms())
			.andReturn()
			.getResponse()
			.getContentAsString();
		// June's exports continue May's; a five-month total, a week and other units are lines of their own.
		assertThat(StatsApiTest.series(json, "tonnes", "P1M")).containsExactly("rare-earth-exports-2025-05",
				"rare-earth-exports-2025-06");
		assertThat(StatsApiTest.series(json, "tonnes", "P5M")).containsExactly("rare-earth-exports-2025-01-05");
		assertThat(StatsApiTest.series(json, "tonnes", "P7D")).containsExactly("rare-earth-exports-2025-06-first-week");
		assertThat(StatsApiTest.series(json, "usd", "P1M")).containsExactly("us-purchases-2025-06");
		// A tariff rate and a month-on-month change are both percent over a month, and still two series.
		assertThat(JsonPath.<List<String>>read(json,
				"$.figureSeries[?(@.unit == 'percent' && @.span == 'P1M')].points[*].figure"))
			.containsExactlyInAnyOrder("rare-earth-exports-2025-05-mom", "us-tariff-rate-2025-06");
		List<List<String>> percentMonthly = JsonPath.read(json,
				"$.figureSeries[?(@.unit == 'percent' && @.span == 'P1M')].points");
		assertThat(percentMonthly).hasSize(2).allSatisfy(points -> assertThat(points).hasSize(1));
	}

	private static void create(Api api, String slug, String label, String amount, String unit, String start, String end)
			throws Exception {
		MockHttpServletResponse created = api.post("/api/v1/figures",
				FIGURE.formatted(slug, label, amount, unit, start, end));
		assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
	}

}
