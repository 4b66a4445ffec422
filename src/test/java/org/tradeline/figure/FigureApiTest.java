package org.tradeline.figure;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.tradeline.support.ApiTest;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.tradeline.support.OpenApiContract.conforms;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ApiTest
class FigureApiTest {

	@Autowired
	MockMvc mvc;

	@Test
	void servesTheCustomsFiguresWithTheirSource() throws Exception {
		String may = "$.items[?(@.slug == 'rare-earth-exports-2025-05')]";
		this.mvc.perform(get("/api/v1/figures"))
			.andExpect(status().isOk())
			.andExpect(conforms())
			.andExpect(jsonPath("$.totalItems").value(7))
			.andExpect(jsonPath(may + ".amount").value(5864.6))
			.andExpect(jsonPath(may + ".unit").value("tonnes"))
			.andExpect(jsonPath(may + ".period.start").value("2025-05-01"))
			.andExpect(jsonPath(may + ".event").value("china-customs-may-data"))
			.andExpect(jsonPath(may + ".claims[0].source.fileName").value("002_c4793645ec5b4779.txt"));
	}

	@Test
	void differentlyWordedEqualAmountsCorroborate() throws Exception {
		// 003 says "nearly 70 per cent", 004 "approximately 70 percent".
		String share = "$.items[?(@.slug == 'china-share-global-rare-earth-mining')]";
		this.mvc.perform(get("/api/v1/figures"))
			.andExpect(jsonPath(share + ".amount").value(70))
			.andExpect(jsonPath(share + ".disputed").value(false))
			.andExpect(jsonPath(share + ".claims[*].source.fileName",
					containsInAnyOrder("003_e6f85452d9e23108.txt", "004_6307ee0113ec1de7.txt")))
			.andExpect(jsonPath(share + ".claims[*].status", containsInAnyOrder("corroborated", "corroborated")));
	}

}
