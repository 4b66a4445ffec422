package org.tradeline.actor;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.tradeline.support.ApiTest;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.tradeline.support.OpenApiContract.conforms;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The actor endpoints; which events an actor appears in, and in what order: EventAppearancesTest. */
@ApiTest
class ActorApiTest {

	@Autowired
	MockMvc mvc;

	@Test
	void listsActorsByName() throws Exception {
		this.mvc.perform(get("/api/v1/actors?size=100"))
			.andExpect(status().isOk())
			.andExpect(conforms())
			.andExpect(jsonPath("$.items[*].slug", hasItems("he-lifeng", "scott-bessent", "becerra", "huawei")))
			.andExpect(jsonPath("$.items[?(@.slug == 'huawei')].kind").value("company"));
	}

	@Test
	void showsTheEventsAnActorAppearsInAndTheTitlesSourcesGiveThem() throws Exception {
		this.mvc.perform(get("/api/v1/actors/li-chenggang"))
			.andExpect(status().isOk())
			.andExpect(conforms())
			.andExpect(jsonPath("$.country").value("CN"))
			.andExpect(jsonPath("$.events[*].slug", hasItem("london-talks")))
			.andExpect(jsonPath("$.events[?(@.slug == 'london-talks')].side").value("china"))
			.andExpect(jsonPath("$.claims[?(@.attribute == 'title')].valueLabel",
					hasItems("Vice Minister of Commerce", "Vice-Commerce Minister")));
	}

	@Test
	void answersAnUnknownActorWithProblem404() throws Exception {
		this.mvc.perform(get("/api/v1/actors/nobody")).andExpect(status().isNotFound()).andExpect(conforms());
	}

}
