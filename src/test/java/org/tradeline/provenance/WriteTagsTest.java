package org.tradeline.provenance;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.tradeline.store.StoreChange;
import org.tradeline.store.StoreChangeListener;
import org.tradeline.support.Api;
import org.tradeline.support.ApiTest;
import org.tradeline.support.Editors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tradeline.support.Api.read;

/** Writes name what they touched, so that a cache drops exactly the answers they made stale. */
@ApiTest
@TestPropertySource(properties = "tradeline.test.context=write-tags")
class WriteTagsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Recorder recorder;

	@Test
	void aNewClaimTagsTheClaimsOfItsSubjectAndOfEverySourceAboutIt() throws Exception {
		Api api = new Api(this.mvc, Editors.editor(this.mvc, "claim-tagger"));
		long event = id("select id from event where slug = 'london-talks'");
		long source = id("select id from source where file_name = '001_b6b1e0ca712ab53b.txt'");
		MockHttpServletResponse created = api.post("/api/v1/claims", """
				{"source": %d, "subject": {"type": "event", "slug": "london-talks"}, "attribute": "location",
				 "value": "Paris", "valueLabel": "Paris", "excerpt": "talks in Paris"}""".formatted(source));
		assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
		int claim = read(created, "$.id");

		Set<String> tags = this.recorder.last().tags();
		assertThat(tags).contains("claim:" + claim, "has:event:" + event, "has:source:" + source, "claims",
				"sources", "disputes", "stats");
		// The event's and the source's own fields did not change: answers that only show their names stay,
		// and so do event lists not showing it (which events a list selects did not change).
		assertThat(tags).doesNotContain("event:" + event, "source:" + source, StoreChange.EVENTS);
		// Their statuses are assessed against the new claim, and their sources' standings with them.
		List<String> others = this.jdbc
			.sql("select id, source_id from claim where event_id = :event and deleted_at is null")
			.param("event", event)
			.query((rs, n) -> List.of("claim:" + rs.getLong(1), "has:source:" + rs.getLong(2)))
			.list()
			.stream()
			.flatMap(List::stream)
			.toList();
		assertThat(tags).containsAll(others);
		long geneva = id("select id from event where slug = 'geneva-talks'");
		assertThat(tags).doesNotContain("event:" + geneva, "has:event:" + geneva, StoreChange.EVERYTHING);
	}

	@Test
	void renamingAnActorTagsTheEventsShowingItsName() throws Exception {
		Api api = new Api(this.mvc, Editors.editor(this.mvc, "actor-tagger"));
		String uri = "/api/v1/actors/he-lifeng";
		assertThat(api.patch(uri, api.etag(uri), "{\"name\": \"He Lifeng (Vice Premier)\"}").getStatus()).isEqualTo(200);

		long actor = id("select id from actor where slug = 'he-lifeng'");
		List<String> events = this.jdbc.sql("select event_id from event_participant where actor_id = :actor")
			.param("actor", actor)
			.query((rs, n) -> "event:" + rs.getLong(1))
			.list();
		assertThat(events).isNotEmpty();
		assertThat(this.recorder.last().tags()).contains("actor:" + actor, "actors", "events", "stats")
			.containsAll(events);
	}

	@Test
	void anEventEditReachesListsAndCountsOnlyWhenItChangesWhatTheySelectOrCountBy() throws Exception {
		Api api = new Api(this.mvc, Editors.editor(this.mvc, "event-tagger"));
		String uri = "/api/v1/events/geneva-talks";
		long event = id("select id from event where slug = 'geneva-talks'");

		assertThat(api.patch(uri, api.etag(uri), "{\"location\": \"Geneva, Switzerland\"}").getStatus()).isEqualTo(200);
		assertThat(this.recorder.last().tags()).contains("event:" + event, StoreChange.EVENTS_EDITED)
			.doesNotContain(StoreChange.EVENTS, StoreChange.EVENTS_TEXT, "stats", "topics");

		assertThat(api.patch(uri, api.etag(uri), "{\"summary\": \"Two days of talks.\"}").getStatus()).isEqualTo(200);
		assertThat(this.recorder.last().tags()).contains("event:" + event, StoreChange.EVENTS_TEXT)
			.doesNotContain(StoreChange.EVENTS, "stats", "topics");

		assertThat(api.patch(uri, api.etag(uri), "{\"kind\": \"statement\"}").getStatus()).isEqualTo(200);
		assertThat(this.recorder.last().tags()).contains("event:" + event, StoreChange.EVENTS, "stats", "topics");
	}

	private long id(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Recorder implements StoreChangeListener {

		private final List<StoreChange> changes = new CopyOnWriteArrayList<>();

		@Override
		public void changed(StoreChange change) {
			this.changes.add(change);
		}

		StoreChange last() {
			return this.changes.get(this.changes.size() - 1);
		}

	}

}
