package org.tradeline.stats;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.tradeline.support.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tradeline.support.OpenApiContract.conforms;

@ApiTest
class StatsApiTest {

	@Autowired
	MockMvc mvc;

	private String stats() throws Exception {
		return this.mvc.perform(get("/api/v1/stats"))
			.andExpect(status().isOk())
			.andExpect(conforms())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private long count(String json, String list, String key) {
		List<Number> counts = JsonPath.read(json, "$." + list + "[?(@.key == '" + key + "')].count");
		assertThat(counts).as("%s %s", list, key).hasSize(1);
		return counts.get(0).longValue();
	}

	@Test
	void countsEventsByMonthTopicKindAndActor() throws Exception {
		String json = stats();
		int events = JsonPath.read(json, "$.totals.events");
		List<Integer> byMonth = JsonPath.read(json, "$.eventsByMonth[*].count");
		assertThat(byMonth.stream().mapToInt(Integer::intValue).sum()).isEqualTo(events);
		assertThat(JsonPath.<List<String>>read(json, "$.eventsByMonth[*].month")).containsExactly("2025-04", "2025-05",
				"2025-06");
		List<Integer> byKind = JsonPath.read(json, "$.eventsByKind[*].count");
		assertThat(byKind.stream().mapToInt(Integer::intValue).sum()).isEqualTo(events);
		assertThat(count(json, "eventsByKind", "call")).isEqualTo(1);
		int semiconductors = JsonPath.read(this.mvc.perform(get("/api/v1/events?topic=semiconductors")).andReturn()
			.getResponse().getContentAsString(), "$.totalItems");
		assertThat(count(json, "eventsByTopic", "semiconductors")).isEqualTo(semiconductors);
		assertThat(count(json, "eventsByActor", "he-lifeng")).isEqualTo(3);
		assertThat(JsonPath.<List<Integer>>read(json, "$.eventsByTopic[*].count"))
			.isSortedAccordingTo(java.util.Comparator.reverseOrder());
	}

	@Test
	void countsOpenDisputesAndSelfContradictions() throws Exception {
		String json = stats();
		int disputes = JsonPath.read(this.mvc.perform(get("/api/v1/disputes")).andReturn().getResponse()
			.getContentAsString(), "$.totalItems");
		assertThat(JsonPath.<Integer>read(json, "$.disputes.open")).isEqualTo(disputes).isEqualTo(3);
		// Document 000 contradicts itself on the call's US leader and on the Commerce Secretary.
		assertThat(count(json, "disputes.byStatus", "self-contradicting")).isEqualTo(2);
		assertThat(count(json, "disputes.byStatus", "between-sources")).isEqualTo(1);
		assertThat(count(json, "disputes.byAttribute", "us-treasury-secretary")).isEqualTo(1);
		List<Integer> claims = JsonPath.read(json, "$.claimsByStatus[*].count");
		assertThat(claims.stream().mapToInt(Integer::intValue).sum())
			.isEqualTo(JsonPath.<Integer>read(json, "$.totals.claims"));
	}

	@Test
	void seriesOfFiguresAreReadyToChart() throws Exception {
		String json = stats();
		List<Double> may = JsonPath.read(json,
				"$.figureSeries[*].points[?(@.figure == 'rare-earth-exports-2025-05')].amount");
		assertThat(may).containsExactly(5864.6);
		// May's tonnage and the January-to-May total are not one line; nor are a month-on-month and a
		// year-on-year change.
		assertThat(JsonPath.<List<String>>read(json, "$.figureSeries[*].unit")).containsExactly("percent", "percent",
				"tonnes", "tonnes");
		assertThat(JsonPath.<List<String>>read(json, "$.figureSeries[*].span")).containsExactly("P5M", "P1M", "P5M",
				"P1M");
		assertThat(series(json, "tonnes", "P1M")).containsExactly("rare-earth-exports-2025-05");
		assertThat(series(json, "tonnes", "P5M")).containsExactly("rare-earth-exports-2025-01-05");
		assertThat(series(json, "percent", "P1M")).containsExactly("rare-earth-exports-2025-05-mom");
		assertThat(series(json, "percent", "P5M")).containsExactly("rare-earth-exports-2025-01-05-yoy");
	}

	static List<String> series(String json, String unit, String span) {
		return JsonPath.read(json,
				"$.figureSeries[?(@.unit == '" + unit + "' && @.span == '" + span + "')].points[*].figure");
	}

}
