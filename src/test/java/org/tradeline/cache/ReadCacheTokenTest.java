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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tradeline.support.Editors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The cache sits in front of the security chain, so nothing that depends on who asks may pass
 * through it: a request with a token or a cookie is never served from it and never stored in it.
 */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@AutoConfigureMockMvc
@Tag("database")
class ReadCacheTokenTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	private long statements(MockHttpServletRequestBuilder request, int expectedStatus) throws Exception {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		this.mvc.perform(request).andExpect(status().is(expectedStatus));
		return statistics.getPrepareStatementCount();
	}

	@Test
	void editorOnlyRevisionsAreNeverReplayedToAnonymousClients() throws Exception {
		String uri = "/api/v1/events/geneva-talks/revisions";
		for (MockHttpServletRequestBuilder editor : new MockHttpServletRequestBuilder[] {
				get(uri).with(Editors.bearer(Editors.BOOTSTRAP_ADMIN)), head(uri).with(Editors.bearer(Editors.BOOTSTRAP_ADMIN)) }) {
			this.mvc.perform(editor).andExpect(status().isOk());
			this.mvc.perform(editor).andExpect(status().isOk());
			this.mvc.perform(get(uri)).andExpect(status().isUnauthorized());
			this.mvc.perform(head(uri)).andExpect(status().isUnauthorized());
			this.mvc.perform(get(uri).header(HttpHeaders.COOKIE, "session=1")).andExpect(status().isUnauthorized());
		}
	}

	@Test
	void aTokenRequestAfterAnAnonymousOneIsComputedNotReplayed() throws Exception {
		String uri = "/api/v1/events/london-talks";
		statements(get(uri), 200);
		assertThat(statements(get(uri), 200)).as("anonymous: from the cache").isZero();
		assertThat(statements(head(uri), 200)).as("anonymous HEAD: from the cache").isZero();
		assertThat(statements(get(uri).with(Editors.bearer(Editors.BOOTSTRAP_ADMIN)), 200)).as("token").isPositive();
		assertThat(statements(head(uri).with(Editors.bearer(Editors.BOOTSTRAP_ADMIN)), 200)).as("token HEAD").isPositive();
		assertThat(statements(get(uri).header(HttpHeaders.COOKIE, "a=b"), 200)).as("cookie").isPositive();
	}

	@Test
	void anAnonymousRequestAfterATokenOneIsComputedNotReplayed() throws Exception {
		String uri = "/api/v1/actors/he-lifeng";
		statements(get(uri).with(Editors.bearer(Editors.BOOTSTRAP_ADMIN)), 200);
		statements(head(uri).with(Editors.bearer(Editors.BOOTSTRAP_ADMIN)), 200);
		assertThat(statements(get(uri).with(Editors.bearer(Editors.BOOTSTRAP_ADMIN)), 200)).as("token again").isPositive();
		assertThat(statements(head(uri), 200)).as("anonymous HEAD: nothing kept from the token ones").isPositive();
		assertThat(statements(get(uri), 200)).as("anonymous: kept by the HEAD just before").isZero();
	}

	@Test
	void anInvalidTokenIsRefusedEvenWhereAnAnonymousAnswerIsCached() throws Exception {
		String uri = "/api/v1/topics";
		this.mvc.perform(get(uri)).andExpect(status().isOk());
		this.mvc.perform(get(uri).with(Editors.bearer("tl_not-a-real-token"))).andExpect(status().isUnauthorized());
	}

}
