package org.tradeline.event;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tradeline.cache.ReadDependencies;
import org.tradeline.store.Visibility;
import org.tradeline.support.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cached view of one event is dropped by the writes that change what it shows and by no other:
 * building it declares the event, its participants' actors and its claims' sources, and not the
 * event lists.
 */
@ApiTest
class EventReadDependenciesTest {

	private static final String SLUG = "london-talks";

	@Autowired
	EventCatalog catalog;

	@Autowired
	Timeline timeline;

	@Autowired
	JdbcClient jdbc;

	@Test
	void eventDetailDependsOnTheEventItsParticipantsAndItsClaimsSources() {
		ReadDependencies.start();
		this.catalog.get(SLUG, Visibility.PUBLIC, null);
		assertCoversWhatTheEventShows(ReadDependencies.finish());
	}

	@Test
	void jsonLdExportOfOneEventDependsOnTheSame() {
		ReadDependencies.start();
		this.timeline.entry(SLUG, null);
		assertCoversWhatTheEventShows(ReadDependencies.finish());
	}

	private void assertCoversWhatTheEventShows(Set<String> declared) {
		long event = this.jdbc.sql("select id from event where slug = :slug").param("slug", SLUG).query(Long.class).single();
		List<String> actors = this.jdbc.sql("select actor_id from event_participant where event_id = :event")
			.param("event", event)
			.query((rs, n) -> "actor:" + rs.getLong(1))
			.list();
		List<String> sources = this.jdbc
			.sql("select distinct source_id from claim where event_id = :event and deleted_at is null")
			.param("event", event)
			.query((rs, n) -> "source:" + rs.getLong(1))
			.list();
		assertThat(actors).as("the seed event has participants").isNotEmpty();
		assertThat(sources).as("the seed event has claims from several sources").hasSizeGreaterThan(1);
		assertThat(declared).contains("event:" + event, "has:event:" + event)
			.containsAll(actors)
			.containsAll(sources)
			.doesNotContain("events", "*");
	}

}
