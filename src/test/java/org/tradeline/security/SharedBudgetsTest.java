package org.tradeline.security;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.AbstractDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared budgets while the database is out of reach. Requests of one client queue on its
 * allowance while one of them asks the database; before, each of them asked again once it got the
 * lock, so the fourth in line waited four connection timeouts (an 8 s answer during an outage).
 */
class SharedBudgetsTest {

	@Test
	void requestsQueuedBehindAFailedReservationFallBackWithoutAskingTheDatabaseAgain() throws Exception {
		AtomicInteger connections = new AtomicInteger();
		CountDownLatch asking = new CountDownLatch(1);
		AbstractDataSource unreachable = new AbstractDataSource() {

			@Override
			public java.sql.Connection getConnection() throws SQLException {
				connections.incrementAndGet();
				asking.countDown();
				try {
					// The pool's connection timeout, shortened: long enough for the others to queue.
					Thread.sleep(300);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				throw new SQLException("Connection refused", "08001");
			}

			@Override
			public java.sql.Connection getConnection(String username, String password) throws SQLException {
				return getConnection();
			}

		};
		SharedBudgets budgets = new SharedBudgets("reads", 1000, Duration.ofMinutes(1), JdbcClient.create(unreachable));

		List<Long> waits = java.util.Collections.synchronizedList(new ArrayList<>());
		Thread first = start(() -> waits.add(budgets.take("203.0.113.7")));
		asking.await();
		List<Thread> queued = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			queued.add(start(() -> waits.add(budgets.take("203.0.113.7"))));
		}
		first.join();
		for (Thread thread : queued) {
			thread.join();
		}

		assertThat(connections).as("only the first request asked the database").hasValue(1);
		assertThat(waits).as("all admitted by this instance's own budget").hasSize(5).containsOnly(0L);
	}

	private static Thread start(Runnable task) {
		Thread thread = new Thread(task);
		thread.start();
		return thread;
	}

}
