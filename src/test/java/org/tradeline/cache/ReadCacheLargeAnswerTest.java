package org.tradeline.cache;

import com.jayway.jsonpath.JsonPath;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Answers over the per-answer limit (here 4 KB, so the seed data has some) are neither held in
 * memory nor kept: they stream through, with Cache-Control and Last-Modified but no body hash.
 */
@SpringBootTest(properties = { "spring.jpa.properties.hibernate.generate_statistics=true",
		"tradeline.read-cache.max-entry-bytes=4KB" })
@AutoConfigureMockMvc
@Tag("database")
class ReadCacheLargeAnswerTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	private long statements(String uri, String acceptEncoding) throws Exception {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		this.mvc.perform(get(uri).header(HttpHeaders.ACCEPT_ENCODING, acceptEncoding)).andExpect(status().isOk());
		return statistics.getPrepareStatementCount();
	}

	@Test
	void anAnswerOverTheLimitStreamsThroughUncachedWithoutABodyHash() throws Exception {
		String uri = "/api/v1/events?size=100";
		MockHttpServletResponse large = this.mvc.perform(get(uri)).andExpect(status().isOk()).andReturn().getResponse();
		assertThat(large.getContentAsByteArray().length).isGreaterThan(4096);
		assertThat((Integer) JsonPath.read(large.getContentAsString(), "$.items.length()")).isPositive();
		assertThat(large.getHeader(HttpHeaders.ETAG)).isNull();
		assertThat(large.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("public, max-age=60");
		assertThat(large.getHeader(HttpHeaders.LAST_MODIFIED)).isNotBlank();
		assertThat(large.getHeader(HttpHeaders.CONTENT_ENCODING)).isNull();
		assertThat(statements(uri, "gzip")).as("not kept").isPositive();
	}

	@Test
	void aStreamedAnswerHasNoTagForIfMatchToName() throws Exception {
		for (String uri : new String[] { "/api/v1/events?size=100", "/api/v1/exports/claims.csv" }) {
			this.mvc.perform(get(uri).header(HttpHeaders.IF_MATCH, "\"anything\""))
				.andExpect(status().isPreconditionFailed())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(header().doesNotExist(HttpHeaders.CONTENT_DISPOSITION))
				.andExpect(jsonPath("$.status").value(412));
			MockHttpServletResponse any = this.mvc.perform(get(uri).header(HttpHeaders.IF_MATCH, "*"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse();
			assertThat(any.getContentAsByteArray().length).isGreaterThan(4096);
		}
	}

	@Test
	void answersUnderTheLimitAreStillKept() throws Exception {
		statements("/api/v1/topics", "identity");
		assertThat(statements("/api/v1/topics", "identity")).isZero();
	}

}
