package org.tradeline.export;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.tradeline.support.ApiTest;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tradeline.support.OpenApiContract.conforms;

/** An export over the cap is refused, never silently cut short. The cap is lowered to the seed's scale. */
@ApiTest
@TestPropertySource(properties = "tradeline.export.max-events=5")
class ExportLimitTest {

	@Autowired
	MockMvc mvc;

	@Test
	void refusesAnExportOverTheCapAndAcceptsANarrowerOne() throws Exception {
		this.mvc.perform(get("/api/v1/exports/events.csv"))
			.andExpect(status().isBadRequest())
			.andExpect(conforms())
			.andExpect(jsonPath("$.errors[0].parameter").value("filters"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("More than 5 events")));
		this.mvc.perform(get("/api/v1/exports/events.csv?kind=talks")).andExpect(status().isOk());
	}

}
