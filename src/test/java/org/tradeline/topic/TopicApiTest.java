package org.tradeline.topic;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.tradeline.support.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tradeline.support.OpenApiContract.conforms;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ApiTest
class TopicApiTest {

	@Autowired
	MockMvc mvc;

	@Test
	void eachTopicCountsTheEventsFiledUnderIt() throws Exception {
		String body = this.mvc.perform(get("/api/v1/topics"))
			.andExpect(status().isOk())
			.andExpect(conforms())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Map<String, Object>> topics = JsonPath.read(body, "$.items");
		assertThat(topics).extracting(t -> t.get("slug"))
			.contains("tariffs", "rare-earths", "export-controls", "semiconductors", "eda", "student-visas");
		for (Map<String, Object> topic : topics) {
			String events = this.mvc.perform(get("/api/v1/events?topic=" + topic.get("slug")))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(((Number) JsonPath.read(events, "$.totalItems")).longValue()).as((String) topic.get("slug"))
				.isEqualTo(((Number) topic.get("eventCount")).longValue());
		}
	}

}
