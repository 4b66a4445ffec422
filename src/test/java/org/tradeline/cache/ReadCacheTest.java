package org.tradeline.cache;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.tradeline.store.StoreRevision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@AutoConfigureMockMvc
@Tag("database")
class ReadCacheTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StoreRevision revision;

	private Statistics statistics() {
		return this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
	}

	@Test
	void aRepeatedReadIsAnsweredWithoutTheDatabaseWhateverTheParameterOrder() throws Exception {
		MvcResult first = this.mvc.perform(get("/api/v1/events?topic=rare-earths&size=5&sort=date,desc"))
			.andExpect(status().isOk())
			.andReturn();
		statistics().clear();
		MvcResult again = this.mvc.perform(get("/api/v1/events?sort=date,desc&size=5&topic=rare-earths"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.ETAG, first.getResponse().getHeader(HttpHeaders.ETAG)))
			.andReturn();
		assertThat(statistics().getPrepareStatementCount()).isZero();
		assertThat(again.getResponse().getContentAsString()).isEqualTo(first.getResponse().getContentAsString());
	}

	@Test
	void aCachedReplyCarriesTheSameSecurityHeadersAsTheFirst() throws Exception {
		MvcResult first = this.mvc.perform(get("/api/v1/figures")).andReturn();
		MvcResult again = this.mvc.perform(get("/api/v1/figures")).andReturn();
		for (String name : new String[] { "X-Content-Type-Options", "X-Frame-Options", "Content-Security-Policy",
				"Referrer-Policy", HttpHeaders.CACHE_CONTROL }) {
			assertThat(first.getResponse().getHeader(name)).as(name).isNotBlank();
			assertThat(again.getResponse().getHeaders(name)).as(name).isEqualTo(first.getResponse().getHeaders(name));
		}
	}

	@Test
	void crossOriginAnswersAreKeptPerOrigin() throws Exception {
		this.mvc.perform(get("/api/v1/actors").header(HttpHeaders.ORIGIN, "https://a.example"))
			.andExpect(header().string(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "https://a.example"));
		this.mvc.perform(get("/api/v1/actors"))
			.andExpect(header().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN));
		this.mvc.perform(get("/api/v1/actors").header(HttpHeaders.ORIGIN, "https://b.example"))
			.andExpect(header().string(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "https://b.example"));
		this.mvc.perform(get("/api/v1/actors").header(HttpHeaders.ORIGIN, "https://a.example"))
			.andExpect(header().string(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "https://a.example"));
	}

	@Test
	void absoluteLinksAreNeverReplayedToAnotherHost() throws Exception {
		String first = this.mvc.perform(get("/api/v1/exports/changes.atom").header(HttpHeaders.HOST, "a.example"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String other = this.mvc.perform(get("/api/v1/exports/changes.atom").header(HttpHeaders.HOST, "b.example"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(first).contains("http://a.example/").doesNotContain("b.example");
		assertThat(other).contains("http://b.example/").doesNotContain("a.example");
	}

	@Test
	void aCachedReadStillAnswersConditionalRequests() throws Exception {
		String etag = this.mvc.perform(get("/api/v1/topics")).andReturn().getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(etag).isNotBlank();
		this.mvc.perform(get("/api/v1/topics").header(HttpHeaders.IF_NONE_MATCH, etag))
			.andExpect(status().isNotModified())
			.andExpect(header().string(HttpHeaders.ETAG, etag));
	}

	@Test
	void aNewStoreRevisionRetiresWhatWasCached() throws Exception {
		this.mvc.perform(get("/api/v1/events/geneva-talks")).andExpect(status().isOk());
		this.jdbc.sql("update event set title = 'Geneva, retitled' where slug = 'geneva-talks'").update();
		this.jdbc.sql("update store_change set revision = revision + 1, changed_at = current_timestamp where id = 1")
			.update();
		this.revision.refresh();
		this.mvc.perform(get("/api/v1/events/geneva-talks"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Geneva, retitled"));
	}

}
