package org.tradeline.store;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How this instance learns of writes made through another one: it reads the store change log
 * from where it stopped, tells the listeners each change with its tags, and says "everything"
 * when it cannot know what changed.
 */
// The store's reader alone on the migrated schema (H2, or PostgreSQL in the second run), each test
// rolled back. The log is read only when the test says, and pruned after the production default
// of 5 minutes.
@JdbcTest(properties = { "tradeline.store.poll-interval=1h", "tradeline.store.change-log-retention=5m" })
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ StoreRevision.class, StoreChangeLogTest.Recorder.class })
@Tag("database")
class StoreChangeLogTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StoreRevision revision;

	@Autowired
	Recorder recorder;

	@BeforeEach
	void catchUp() {
		this.revision.refresh();
		this.recorder.changes.clear();
	}

	/** What another instance's write leaves in the database. */
	private long writeElsewhere(String tags, boolean logged) {
		this.jdbc.sql("update store_change set revision = revision + 1, changed_at = current_timestamp where id = 1").update();
		long revision = this.jdbc.sql("select revision from store_change where id = 1").query(Long.class).single();
		if (logged) {
			this.jdbc.sql("insert into store_change_log (revision, tags, changed_at) values (:revision, :tags, :at)")
				.param("revision", revision)
				.param("tags", tags)
				.param("at", Timestamp.from(Instant.now()))
				.update();
		}
		return revision;
	}

	@Test
	void anotherInstancesWritesAreToldInOrderWithTheirTags() {
		long first = writeElsewhere("event:12 events stats", true);
		long second = writeElsewhere("actor:3 actors", true);
		this.revision.refresh();
		assertThat(this.recorder.changes).containsExactly(new StoreChange(first, Set.of("event:12", "events", "stats")),
				new StoreChange(second, Set.of("actor:3", "actors")));
		assertThat(this.revision.current()).isEqualTo(second);
		this.revision.refresh();
		assertThat(this.recorder.changes).as("nothing told twice by the log").hasSize(2);
	}

	@Test
	void aRevisionWithoutItsLogRowMeansEverythingChanged() {
		writeElsewhere("event:12", false);
		long second = writeElsewhere("event:13", true);
		this.revision.refresh();
		assertThat(this.recorder.changes).containsExactly(new StoreChange(second, Set.of(StoreChange.EVERYTHING)));
	}

	@Test
	void rowsOlderThanTheRetentionArePruned() {
		long revision = writeElsewhere("event:12", true);
		this.jdbc.sql("update store_change_log set changed_at = :at where revision = :revision")
			.param("at", Timestamp.from(Instant.now().minus(Duration.ofMinutes(10))))
			.param("revision", revision)
			.update();
		long recent = writeElsewhere("event:13", true);
		assertThat(this.revision.pruneChangeLog()).isPositive();
		List<Long> left = this.jdbc.sql("select revision from store_change_log where revision >= :revision")
			.param("revision", revision)
			.query(Long.class)
			.list();
		assertThat(left).containsExactly(recent);
		// An instance that had not read the pruned row cannot know what it held: everything changed.
		this.revision.refresh();
		assertThat(this.recorder.changes).containsExactly(new StoreChange(recent, Set.of(StoreChange.EVERYTHING)));
	}

	static class Recorder implements StoreChangeListener {

		final List<StoreChange> changes = new CopyOnWriteArrayList<>();

		@Override
		public void changed(StoreChange change) {
			this.changes.add(change);
		}

	}

}
