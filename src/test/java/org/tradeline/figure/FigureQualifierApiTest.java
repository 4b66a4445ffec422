package org.tradeline.figure;

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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tradeline.support.Api.read;
import static org.tradeline.support.OpenApiContract.conforms;

/**
 * A figure is no more exact than its sources: when a claim stating its amount qualifies the number
 * ("nearly 70 per cent", "about $5 billion"), the figure says so wherever it is shown (the list, the
 * figure, the points of stats).
 */
@ApiTest
@TestPropertySource(properties = "tradeline.test.context=figure-qualifiers")
class FigureQualifierApiTest {

	private static final String SOURCE = """
			{"fileName": "%1$s.txt", "title": "Wire report", "outlet": "Example Wire", "summary": "A wire report.",
			 "sha256": "%2$s", "citations": [],
			 "claims": [{"subject": {"type": "figure", "slug": "%3$s"}, "attribute": "amount",
			    "value": "%4$s", "valueLabel": "%5$s", "excerpt": "%6$s"}]}""";

	@Autowired
	MockMvc mvc;

	@Test
	void seededFiguresKeepTheQualifiersOfTheirSources() throws Exception {
		String list = this.mvc.perform(get("/api/v1/figures?size=100"))
			.andExpect(status().isOk())
			.andExpect(conforms())
			.andReturn()
			.getResponse()
			.getContentAsString();
		// 003: "nearly 70 per cent"; 004: "approximately 70 percent".
		assertThat(inList(list, "china-share-global-rare-earth-mining", "approximate")).containsExactly(true);
		assertThat(inList(list, "china-share-global-rare-earth-mining", "qualifiers"))
			.containsExactly(List.of("nearly", "approximately"));
		// 003: "processing about 90 per cent of the total supply".
		assertThat(inList(list, "china-share-rare-earth-processing", "qualifiers")).containsExactly(List.of("about"));
		// "5,864.6 tons", "a 23% increase", "a 90-day truce": stated exactly.
		for (String exact : List.of("rare-earth-exports-2025-05", "rare-earth-exports-2025-05-mom",
				"rare-earth-exports-2025-01-05", "geneva-truce-duration")) {
			assertThat(inList(list, exact, "approximate")).as(exact).containsExactly(false);
			assertThat(inList(list, exact, "qualifiers")).as(exact).containsExactly(List.of());
		}
		String one = this.mvc.perform(get("/api/v1/figures/china-share-rare-earth-processing"))
			.andExpect(status().isOk())
			.andExpect(conforms())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(JsonPath.<Boolean>read(one, "$.approximate")).isTrue();
		assertThat(JsonPath.<List<String>>read(one, "$.qualifiers")).containsExactly("about");
	}

	@Test
	void aQualifiedClaimMakesAFigureApproximateInEveryViewAndAnExactOneDoesNot() throws Exception {
		Api api = new Api(this.mvc, Editors.editor(this.mvc, "figure-qualifiers"));
		String figure = "/api/v1/figures/us-purchases-2025-06";
		assertThat(api.post("/api/v1/figures", """
				{"slug": "us-purchases-2025-06", "label": "Purchases of US goods in June", "amount": 5000000000,
				 "unit": "usd", "period": {"start": "2025-06-01", "end": "2025-06-30"}}""").getStatus())
			.isEqualTo(201);
		MockHttpServletResponse exact = api.post("/api/v1/sources", SOURCE.formatted("purchases-exact", "e".repeat(64),
				"us-purchases-2025-06", "5000000000", "$5,000,000,000", "purchases worth $5,000,000,000 in June"));
		assertThat(exact.getStatus()).as(exact.getContentAsString()).isEqualTo(201);
		assertThat((Boolean) read(api.anonymousGet(figure), "$.approximate")).isFalse();
		assertThat(point(api, "approximate")).containsExactly(false);

		MockHttpServletResponse hedged = api.post("/api/v1/sources", SOURCE.formatted("purchases-hedged", "f".repeat(64),
				"us-purchases-2025-06", "5000000000", "some $5 billion", "purchases of roughly $5,000,000,000 in June"));
		assertThat(hedged.getStatus()).as(hedged.getContentAsString()).isEqualTo(201);
		MockHttpServletResponse shown = api.anonymousGet(figure);
		assertThat((Boolean) read(shown, "$.approximate")).isTrue();
		assertThat((List<String>) read(shown, "$.qualifiers")).containsExactly("roughly");
		assertThat(point(api, "approximate")).containsExactly(true);
		assertThat(point(api, "qualifiers")).containsExactly(List.of("roughly"));

		// Without the hedged claim, nothing qualifies the amount any more.
		String claim = "/api/v1/claims/" + (int) read(hedged, "$.claims[0].id");
		assertThat(api.delete(claim, api.etag(claim)).getStatus()).isEqualTo(204);
		assertThat((Boolean) read(api.anonymousGet(figure), "$.approximate")).isFalse();
		assertThat(point(api, "approximate")).containsExactly(false);
	}

	private static List<Object> inList(String list, String slug, String field) {
		return JsonPath.read(list, "$.items[?(@.slug == '" + slug + "')]." + field);
	}

	private static List<Object> point(Api api, String field) throws Exception {
		return read(api.anonymousGet("/api/v1/stats"),
				"$.figureSeries[*].points[?(@.figure == 'us-purchases-2025-06')]." + field);
	}

}
