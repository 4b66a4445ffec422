package org.tradeline.store;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.tradeline.support.Api;
import org.tradeline.support.ApiTest;
import org.tradeline.support.Editors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes work on connections other than the one that ran the migrations, once that one is gone, as
 * after the pool's maximum lifetime (30 minutes) in production. H2 2.4.240 bound a CHECK (x IN
 * (...)) constraint to the session that created it, and from then on refused every row of those
 * tables ("Check constraint invalid ... The database has been closed").
 */
@ApiTest
class ConnectionTurnoverTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	DataSource dataSource;

	@Test
	void writesStillWorkOnceEveryConnectionThatRanTheMigrationsIsRetired() throws Exception {
		HikariDataSource pool = this.dataSource.unwrap(HikariDataSource.class);
		// Closes every idle connection now and every busy one when it is returned.
		pool.getHikariPoolMXBean().softEvictConnections();

		// A token (its role is checked IN a list), an event (its kind, precision and state are).
		Api api = new Api(this.mvc, Editors.editor(this.mvc, "turnover"));
		MockHttpServletResponse created = api.post("/api/v1/events", """
				{"slug": "turnover-talks", "title": "Talks", "summary": "Negotiators met.", "kind": "talks",
				 "date": {"start": "2025-06-20", "precision": "day"}, "topics": ["tariffs"]}""");
		assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
		MockHttpServletResponse edited = api.patch("/api/v1/events/turnover-talks",
				api.editorEtag("/api/v1/events/turnover-talks"), "{\"kind\": \"call\"}");
		assertThat(edited.getStatus()).as(edited.getContentAsString()).isEqualTo(200);
		assertThat((String) Api.read(edited, "$.kind")).isEqualTo("call");
	}

}
