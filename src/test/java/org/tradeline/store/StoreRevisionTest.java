package org.tradeline.store;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.AbstractDataSource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The revision's reader once the database went away under a write: it forgets the revision (so no
 * cached answer is replayed) and never makes a request ask the database for the time of the last
 * change. Before, every read did, one at a time behind a monitor, each waiting out its connection
 * timeout: during an outage reads took 8 and 16 s. And the poller never waits for a connection
 * while holding the monitor the writers refresh under.
 */
class StoreRevisionTest {

	@Test
	void aWriteThatLosesTheDatabaseLeavesTheRevisionUnknownAndLastChangedAnswersWithoutAQuery() {
		AtomicInteger connections = new AtomicInteger();
		AbstractDataSource unreachable = new AbstractDataSource() {

			@Override
			public java.sql.Connection getConnection() throws SQLException {
				connections.incrementAndGet();
				throw new SQLException("Connection refused", "08001");
			}

			@Override
			public java.sql.Connection getConnection(String username, String password) throws SQLException {
				return getConnection();
			}

		};
		StoreRevision revision = new StoreRevision(unreachable,
				new StaticListableBeanFactory().getBeanProvider(StoreChangeListener.class),
				new StoreProperties(Duration.ofMillis(250), Duration.ofMinutes(5)));

		revision.refreshAfterWrite();
		assertThat(connections).as("the write's own refresh tried the database").hasValue(1);
		assertThat(revision.current()).isEqualTo(StoreRevision.UNKNOWN);

		Instant before = Instant.now();
		Instant lastChanged = revision.lastChanged();
		assertThat(connections).as("no request-path query for Last-Modified").hasValue(1);
		assertThat(lastChanged).as("never older than a response built now").isAfterOrEqualTo(before);
	}

	/**
	 * The pool's one connection is held by a write that has yet to refresh: a poller holding the
	 * monitor while it waited for that connection would stall the write until the pool timed the
	 * poller out, which then took the database for unreachable and had every cached answer dropped
	 * (under load the writers waiting so held every connection). Here the write refreshes, commits and
	 * frees the connection, and the poller reads after it.
	 */
	@Test
	void aPollerWaitingForAConnectionDoesNotHoldUpAWriteThatHasOne() throws Exception {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl("jdbc:h2:mem:poller-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
		config.setMaximumPoolSize(1);
		config.setConnectionTimeout(1000);
		try (HikariDataSource pool = new HikariDataSource(config)) {
			JdbcClient jdbc = JdbcClient.create(pool);
			jdbc.sql("create table store_change (id integer primary key, revision bigint not null,"
					+ " changed_at timestamp with time zone not null, public_changed_at timestamp with time zone not null,"
					+ " previous_public_changed_at timestamp with time zone)").update();
			jdbc.sql("create table store_change_log (revision bigint primary key, tags varchar(8000) not null,"
					+ " changed_at timestamp with time zone not null, seen_by_public boolean default true not null)").update();
			jdbc.sql("insert into store_change values (1, 1, current_timestamp, current_timestamp, null)").update();
			List<StoreChange> told = new CopyOnWriteArrayList<>();
			StaticListableBeanFactory listeners = new StaticListableBeanFactory();
			listeners.addBean("recorder", (StoreChangeListener) told::add);
			StoreRevision revision = new StoreRevision(pool, listeners.getBeanProvider(StoreChangeListener.class),
					new StoreProperties(Duration.ofHours(1), Duration.ofMinutes(5)));
			revision.refresh();

			Thread poller = new Thread(revision::poll);
			new TransactionTemplate(new DataSourceTransactionManager(pool)).executeWithoutResult(status -> {
				jdbc.sql("update store_change set revision = 2").update();
				jdbc.sql("insert into store_change_log values (2, 'event:7', current_timestamp, true)").update();
				poller.start();
				while (pool.getHikariPoolMXBean().getThreadsAwaitingConnection() == 0) {
					Thread.onSpinWait();
				}
				// As a write's after-commit refresh does, on the connection the write holds.
				revision.refresh();
			});
			poller.join();

			revision.poll();
			assertThat(told).extracting(StoreChange::tags).containsExactly(java.util.Set.of("event:7"));
			assertThat(revision.current()).isEqualTo(2);
		}
	}

}
