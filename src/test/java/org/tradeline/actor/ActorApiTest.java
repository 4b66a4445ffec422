package org.tradeline.actor;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.tradeline.support.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;
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

	/**
	 * Sources disagree on who was US Treasury and Commerce Secretary at the London talks and who was
	 * the US leader on the June 5 call: every actor named on either side has its title disputed, and
	 * no other does.
	 */
	@Test
	void marksExactlyTheTitlesSourcesDisputeInTheList() throws Exception {
		String list = this.mvc.perform(get("/api/v1/actors?size=100"))
			.andExpect(status().isOk())
			.andExpect(conforms())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(JsonPath.<List<String>>read(list, "$.items[?(@.titleDisputed == true)].slug"))
			.containsExactlyInAnyOrder("becerra", "janet-yellen", "scott-bessent", "gina-raimondo", "howard-lutnick",
					"joe-biden", "donald-trump");
		assertThat(JsonPath.<List<String>>read(list, "$.items[?(@.titleDisputed == false)].slug"))
			.contains("he-lifeng", "li-chenggang", "wang-wentao", "jamieson-greer", "xi-jinping", "kevin-hassett");
		assertThat(JsonPath.<List<String>>read(list, "$.items[?(@.slug == 'becerra')].title"))
			.containsExactly("Treasury Secretary");
	}

	@Test
	void showsEachSideOfADisputedTitleWithItsSources() throws Exception {
		String becerra = detail("becerra");
		assertThat(JsonPath.<Boolean>read(becerra, "$.titleDisputed")).isTrue();
		assertThat(JsonPath.<List<String>>read(becerra, "$.titleDisputes[*].attribute"))
			.containsExactly("us-treasury-secretary");
		assertThat(JsonPath.<List<String>>read(becerra, "$.titleDisputes[0].positions[*].value"))
			.containsExactlyInAnyOrder("scott-bessent", "janet-yellen", "becerra");
		assertThat(JsonPath.<List<String>>read(becerra,
				"$.titleDisputes[0].positions[?(@.value == 'becerra')].claims[*].source.fileName"))
			.containsExactly("002_c4793645ec5b4779.txt");
		assertThat(JsonPath.<List<String>>read(becerra,
				"$.titleDisputes[0].positions[?(@.value == 'scott-bessent')].claims[*].source.fileName"))
			.containsExactlyInAnyOrder("001_b6b1e0ca712ab53b.txt", "004_6307ee0113ec1de7.txt");
		// The same dispute, in the same shape, as the event shows it.
		String london = this.mvc.perform(get("/api/v1/events/london-talks"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(JsonPath.<Object>read(becerra, "$.titleDisputes[0]")).isEqualTo(
				JsonPath.<List<Object>>read(london, "$.disputes[?(@.attribute == 'us-treasury-secretary')]").get(0));

		String biden = detail("joe-biden");
		assertThat(JsonPath.<Boolean>read(biden, "$.titleDisputed")).isTrue();
		assertThat(JsonPath.<List<String>>read(biden, "$.titleDisputes[*].subject.slug")).containsExactly("xi-trump-call");
		assertThat(JsonPath.<List<String>>read(biden, "$.titleDisputes[0].positions[*].value"))
			.containsExactlyInAnyOrder("donald-trump", "joe-biden");
		assertThat(JsonPath.<List<String>>read(detail("gina-raimondo"), "$.titleDisputes[*].attribute"))
			.containsExactly("us-commerce-secretary");
	}

	@Test
	void showsAnUndisputedTitlePlainly() throws Exception {
		String li = detail("li-chenggang");
		assertThat(JsonPath.<Boolean>read(li, "$.titleDisputed")).isFalse();
		assertThat(JsonPath.<List<Object>>read(li, "$.titleDisputes")).isEmpty();
		assertThat(JsonPath.<String>read(li, "$.title")).isEqualTo("Vice Minister of Commerce");
	}

	private String detail(String slug) throws Exception {
		return this.mvc.perform(get("/api/v1/actors/" + slug))
			.andExpect(status().isOk())
			.andExpect(conforms())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void answersAnUnknownActorWithProblem404() throws Exception {
		this.mvc.perform(get("/api/v1/actors/nobody")).andExpect(status().isNotFound()).andExpect(conforms());
	}

}
