package org.tradeline.system;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.junit.jupiter.api.Tag;
import org.tradeline.store.StoreRevision;
import org.tradeline.support.Editors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * No N+1: a list endpoint issues the same number of SQL statements for a page of one item as for a
 * page of many, and a detail endpoint a small fixed number. Measured uncached.
 */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@AutoConfigureMockMvc
@Tag("database")
class QueryCountTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StoreRevision revision;

	private long statementsFor(String uri) throws Exception {
		return statementsFor(get(uri));
	}

	private long statementsFor(MockHttpServletRequestBuilder request) throws Exception {
		// As after a write: nothing cached or remembered, so the cost of computing the answer shows.
		this.jdbc.sql("update store_change set revision = revision + 1 where id = 1").update();
		this.revision.refresh();
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		this.mvc.perform(request).andExpect(status().isOk());
		return statistics.getPrepareStatementCount();
	}

	// The one-item page is the first unless a later item has what most items have: the third figure
	// (like most) names an event, whose slug the figures page looks up once for all its figures.
	@ParameterizedTest
	@CsvSource({ "/api/v1/events, 15, 0", "/api/v1/sources, 5, 0", "/api/v1/actors, 15, 0", "/api/v1/topics, 8, 0",
			"/api/v1/figures, 7, 2", "/api/v1/disputes, 3, 0" })
	void listCostsDoNotGrowWithThePage(String uri, int manyItems, int onePage) throws Exception {
		long one = statementsFor(uri + "?size=1&page=" + onePage);
		long many = statementsFor(uri + "?size=" + manyItems);
		assertThat(many).as("statements for %d items vs 1", manyItems).isEqualTo(one);
		assertThat(many).isLessThanOrEqualTo(10);
	}

	// As of a day, the claims in print are restricted by SQL for the page asked: still no growth. A
	// source's standing then takes one query per kind of subject its claims are about; the third
	// source (002), like most, speaks of events, actors and figures.
	@ParameterizedTest
	@CsvSource({ "/api/v1/events, 15, 0", "/api/v1/sources, 5, 2", "/api/v1/disputes, 3, 0" })
	void listCostsAsOfADayDoNotGrowWithThePage(String uri, int manyItems, int onePage) throws Exception {
		long one = statementsFor(uri + "?asOf=2025-06-12&size=1&page=" + onePage);
		long many = statementsFor(uri + "?asOf=2025-06-12&size=" + manyItems);
		assertThat(many).as("statements for %d items vs 1", manyItems).isEqualTo(one);
		assertThat(many).isLessThanOrEqualTo(10);
	}

	// An editor's standings are assessed with the drafts, as of a day's without them: the page's claims
	// in one query, then one per kind of subject they are about (see above).
	@ParameterizedTest
	@CsvSource("/api/v1/sources?state=all, 5, 2")
	void editorListCostsDoNotGrowWithThePage(String uri, int manyItems, int onePage) throws Exception {
		String token = Editors.editor(this.mvc, "query-count-" + System.nanoTime());
		long one = statementsFor(get(uri + "&size=1&page=" + onePage).with(Editors.bearer(token)));
		long many = statementsFor(get(uri + "&size=" + manyItems).with(Editors.bearer(token)));
		assertThat(many).as("statements for %d items vs 1", manyItems).isEqualTo(one);
		assertThat(many).isLessThanOrEqualTo(10);
	}

	// A sync page's places are two statements of their own (rows and count), whatever its size. The
	// figures' few are three, so that one of them names an event (see above).
	@ParameterizedTest
	@CsvSource({ "/api/v1/events, 1, 15", "/api/v1/sources, 1, 5", "/api/v1/actors, 1, 15", "/api/v1/figures, 3, 7" })
	void syncCostsDoNotGrowWithThePage(String uri, int fewItems, int manyItems) throws Exception {
		String sync = uri + "?includeDeleted=true&updatedSince=1970-01-01T00:00:00Z&size=";
		long few = statementsFor(sync + fewItems);
		long many = statementsFor(sync + manyItems);
		assertThat(many).as("statements for %d items vs %d", manyItems, fewItems).isEqualTo(few);
		assertThat(many).isLessThanOrEqualTo(10);
	}

	@ParameterizedTest
	@CsvSource({ "/api/v1/exports/events.csv, kind=call", "/api/v1/exports/claims.csv, kind=call",
			"/api/v1/exports/timeline.json, topic=eda", "/api/v1/exports/events.ics, topic=eda",
			"/api/v1/exports/changes.atom, kind=call", "/embed/timeline, topic=eda" })
	void exportCostsDoNotGrowWithTheEvents(String uri, String narrowing) throws Exception {
		long few = statementsFor(uri + "?" + narrowing);
		long all = statementsFor(uri);
		assertThat(all).as("statements for every event vs one").isEqualTo(few);
		assertThat(all).isLessThanOrEqualTo(12);
	}

	@ParameterizedTest
	@CsvSource({ "/api/v1/events/london-talks", "/api/v1/actors/he-lifeng" })
	void detailCostsAreSmallAndFixed(String uri) throws Exception {
		assertThat(statementsFor(uri)).isLessThanOrEqualTo(8);
	}

	@org.junit.jupiter.api.Test
	void statsAreAFixedSetOfAggregateQueries() throws Exception {
		assertThat(statementsFor("/api/v1/stats")).isLessThanOrEqualTo(16);
	}

}
