package org.tradeline.provenance;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.tradeline.support.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.tradeline.support.OpenApiContract.conforms;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ApiTest
class SourceApiTest {

	@Autowired
	MockMvc mvc;

	private List<Map<String, Object>> sources() throws Exception {
		String body = this.mvc.perform(get("/api/v1/sources"))
			.andExpect(status().isOk())
			.andExpect(conforms())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.items");
	}

	@Test
	void listsTheFiveDocumentsWithStandingsThatAddUp() throws Exception {
		List<Map<String, Object>> sources = sources();
		assertThat(sources).extracting(s -> s.get("fileName"))
			.containsExactly("000_d0ee0f4fab4b2662.txt", "001_b6b1e0ca712ab53b.txt", "002_c4793645ec5b4779.txt",
					"003_e6f85452d9e23108.txt", "004_6307ee0113ec1de7.txt");
		for (Map<String, Object> source : sources) {
			@SuppressWarnings("unchecked")
			Map<String, Integer> standing = (Map<String, Integer>) source.get("standing");
			assertThat(standing.get("claims")).isPositive()
				.isEqualTo(standing.get("corroborated") + standing.get("uncorroborated") + standing.get("contradicted")
						+ standing.get("contested"));
		}
	}

	@Test
	void countsOnlyTheClaimsNoOtherSourceSupportsAsContradicted() throws Exception {
		// 000's Yellen, Raimondo and Biden claims stand alone against the others; 002's Becerra likewise.
		this.mvc.perform(get("/api/v1/sources/" + idOf("000_d0ee0f4fab4b2662.txt")))
			.andExpect(status().isOk())
			.andExpect(conforms())
			.andExpect(jsonPath("$.standing.contradicted").value(3))
			.andExpect(jsonPath("$.claims[?(@.status == 'contradicted')].value",
					containsInAnyOrder("janet-yellen", "gina-raimondo", "joe-biden")))
			.andExpect(jsonPath("$.claims[?(@.value == 'joe-biden')].subject.slug",
					everyItem(is("xi-trump-call"))))
			.andExpect(jsonPath("$.citations[*].name", hasItem("China Daily")));
		this.mvc.perform(get("/api/v1/sources/" + idOf("002_c4793645ec5b4779.txt")))
			.andExpect(jsonPath("$.standing.contradicted").value(1))
			.andExpect(jsonPath("$.claims[?(@.status == 'contradicted')].value").value("becerra"));
	}

	@Test
	void describesTheStraitsTimesPiece() throws Exception {
		this.mvc.perform(get("/api/v1/sources/" + idOf("003_e6f85452d9e23108.txt")))
			.andExpect(jsonPath("$.outlet").value("The Straits Times"))
			.andExpect(jsonPath("$.sha256").value("cb8c69e1bd22124df4286da1d85d8f84181f58f20fe6fc4a7a10c6fb57acfd8b"))
			.andExpect(jsonPath("$.citations[*].name", hasItem("Truth Social")));
	}

	@Test
	void answersUnknownAndMalformedIds() throws Exception {
		this.mvc.perform(get("/api/v1/sources/999999")).andExpect(status().isNotFound()).andExpect(conforms());
		this.mvc.perform(get("/api/v1/sources/abc"))
			.andExpect(status().isBadRequest())
			.andExpect(conforms())
			.andExpect(jsonPath("$.errors[0].parameter").value("id"))
			.andExpect(jsonPath("$.detail").value("id must be a whole number"));
	}

	private long idOf(String fileName) throws Exception {
		return sources().stream()
			.filter(s -> s.get("fileName").equals(fileName))
			.map(s -> ((Number) s.get("id")).longValue())
			.findFirst()
			.orElseThrow();
	}

}
