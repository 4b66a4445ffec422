package org.tradeline.store;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.AbstractDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The revision's reader once the database went away under a write: it forgets the revision (so no
 * cached answer is replayed) and never makes a request ask the database for the time of the last
 * change. Before, every read did, one at a time behind a monitor, each waiting out its connection
 * timeout: during an outage reads took 8 and 16 s.
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
		StoreRevision revision = new StoreRevision(JdbcClient.create(unreachable),
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

}
