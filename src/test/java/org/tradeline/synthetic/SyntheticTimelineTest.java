package org.tradeline.synthetic;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

@SpringBootTest(properties = { "spring.profiles.active=synthetic", "tradeline.synthetic.events=300" })
@AutoConfigureMockMvc
@Tag("database")
class SyntheticTimelineTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SyntheticTimeline loader;

	@Autowired
	MockMvc mvc;

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	@Test
	void loadsTheRequestedEventsBesideTheSeedWithClaimsBehindThem() {
		assertThat(count("select count(*) from event where slug like 'synthetic-%'")).isEqualTo(300);
		assertThat(count("select count(*) from event where slug not like 'synthetic-%'")).isEqualTo(18);
		assertThat(count("""
				select count(*) from event e where e.slug like 'synthetic-%'
				and not exists (select 1 from claim c where c.event_id = e.id and c.attribute = 'start-date')""")).isZero();
		assertThat(count("""
				select count(*) from event_participant p join actor a on a.id = p.actor_id
				where not exists (select 1 from claim c where c.event_id = p.event_id
				    and c.attribute = 'participant' and c.claim_value = a.slug)""")).isZero();
	}

	@Test
	void theDisputesTheServiceFindsAreExactlyTheEventsWhoseSourcesNameTwoPlaces() throws Exception {
		long disagreeing = count("""
				select count(*) from event e where e.slug like 'synthetic-%' and (select count(distinct c.claim_value)
				    from claim c where c.event_id = e.id and c.attribute = 'location') > 1""");
		assertThat(disagreeing).isPositive();
		String body = this.mvc.perform(get("/api/v1/disputes?size=1")).andReturn().getResponse().getContentAsString();
		int seedDisputes = 3;
		assertThat(((Number) JsonPath.read(body, "$.totalItems")).longValue()).isEqualTo(seedDisputes + disagreeing);
	}

	@Test
	void runsOnceAndLeavesIdentitiesReadyForNewRows() throws Exception {
		this.loader.run(new DefaultApplicationArguments());
		assertThat(count("select count(*) from event where slug like 'synthetic-%'")).isEqualTo(300);
		this.jdbc.sql("""
				insert into event (slug, title, summary, kind, start_date, date_precision)
				values ('after-load', 'After load', 'Inserted after the synthetic load', 'STATEMENT', date '2025-07-01', 'DAY')""")
			.update();
		assertThat(count("select count(*) from event where slug = 'after-load'")).isEqualTo(1);
		this.jdbc.sql("delete from event where slug = 'after-load'").update();
	}

}
