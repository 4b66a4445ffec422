package org.tradeline.ingest.review;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.tradeline.support.Api;
import org.tradeline.support.ApiTest;
import org.tradeline.support.Editors;

@ApiTest
@TestPropertySource(properties = "tradeline.test.context=ingest")
class IngestApiTest {

	static final String ARTICLE = """
			Lutnick upbeat as London talks enter second day

			LONDON - US and Chinese negotiators met at Lancaster House in London on Monday, June 9, for talks on export controls. Commerce Secretary Howard Lutnick said the talks were going well. Vice Premier He Lifeng led the Chinese delegation.

			China's exports of rare earth magnets fell 74% in May from a year earlier, customs data showed.

			On Tuesday, June 10, Treasury Secretary Scott Bessent told reporters in London that a deal on rare earths was close.
			""";

	private static final AtomicInteger counter = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	Api api;

	@BeforeEach
	void editor() throws Exception {
		this.api = new Api(this.mvc, Editors.editor(this.mvc, "ingest-" + counter.incrementAndGet()));
	}

	@Test
	void explore() throws Exception {
		String body = "{\"text\": " + tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(ARTICLE)
				+ ", \"fileName\": \"explore.txt\", \"language\": \"en\", \"publishedOn\": \"2025-06-10\"}";
		MockHttpServletResponse answer = this.api.post("/api/v1/ingest", body);
		System.out.println("STATUS " + answer.getStatus());
		System.out.println(answer.getContentAsString());
	}

}
