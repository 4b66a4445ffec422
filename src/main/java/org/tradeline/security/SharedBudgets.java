package org.tradeline.security;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tradeline.token.TokenHashes;

/**
 * A budget every instance on one PostgreSQL database shares: each key may take {@code capacity}
 * units per fixed window of {@code period} (windows are numbered by the database's clock, so the
 * instances agree on them). An instance does not ask the database for every request: it reserves
 * a chunk (a 64th of the capacity, at least one) with one upsert on {@code rate_limit_window} and
 * hands it out locally until it is spent or its window ends.
 * <p>
 * The trade-off: the instances together never admit more than the capacity in a window, but
 * a client may get up to (instances &times; chunk) fewer when it spreads its requests and stops
 * early, since a reserved chunk is not returned. A fixed window also lets a client spend one
 * budget at the end of a window and another at the start of the next. While the database is out
 * of reach the in-memory {@link Budgets} of this instance decide, so reads served from the cache go
 * on answering (an outage must not turn into refusals); after a failed reservation the database is
 * not asked again for a few seconds, so only one request in that time waits for the pool's timeout.
 */
final class SharedBudgets implements Limiter {

	private static final Logger log = LoggerFactory.getLogger(SharedBudgets.class);

	private static final Duration RETRY_AFTER_FAILURE = Duration.ofSeconds(5);

	// Keys longer than this (none expected: addresses and token names) are hashed to fit the column.
	private static final int MAX_KEY = 200;

	// The upsert adds the chunk to what the instances reserved so far in the current window and
	// returns the total, the window and how long the window still runs, all by the database's clock.
	private static final String RESERVE = """
			insert into rate_limit_window (budget, client_key, window_start, reserved)
			values (:budget, :key, floor(extract(epoch from clock_timestamp()) * 1000 / :period)::bigint, :chunk)
			on conflict (budget, client_key, window_start)
			do update set reserved = rate_limit_window.reserved + excluded.reserved
			returning window_start, reserved,
			  (window_start + 1) * :period - floor(extract(epoch from clock_timestamp()) * 1000)::bigint
			""";

	private final String budget;

	private final int capacity;

	private final long periodMillis;

	private final int chunk;

	private final JdbcClient jdbc;

	private final Budgets fallback;

	private final Cache<String, Allowance> allowances;

	private volatile long prunedAt;

	private volatile boolean failing;

	// While failing, the database is not asked again before this (System.nanoTime()).
	private volatile long retryAt;

	SharedBudgets(String budget, int capacity, Duration period, JdbcClient jdbc) {
		this.budget = budget;
		this.capacity = capacity;
		this.periodMillis = Math.max(1, period.toMillis());
		this.chunk = Math.max(1, capacity / 64);
		this.jdbc = jdbc;
		this.fallback = new Budgets(capacity, period);
		// Bounded like Budgets; an allowance forgotten early only costs one more reservation.
		this.allowances = Caffeine.newBuilder()
			.maximumSize(Budgets.MAX_TRACKED)
			.expireAfterAccess(Duration.ofMillis(this.periodMillis * 2))
			.build();
	}

	@Override
	public long take(String key) {
		if (this.failing && System.nanoTime() - this.retryAt < 0) {
			return this.fallback.take(key);
		}
		Allowance allowance = this.allowances.get(key, k -> new Allowance());
		// A lock, not a monitor: on Java 21 a virtual thread waiting on the database inside
		// synchronized would pin its carrier thread.
		allowance.lock.lock();
		try {
			long now = System.nanoTime();
			if (now - allowance.until >= 0) {
				allowance.remaining = 0;
				allowance.exhausted = false;
			}
			if (allowance.remaining == 0 && !allowance.exhausted) {
				// Waiting for the lock may have outlasted a failed reservation: do not ask again.
				if (this.failing && now - this.retryAt < 0) {
					return this.fallback.take(key);
				}
				try {
					reserve(key, allowance, now);
				}
				catch (DataAccessException ex) {
					// A request that finds the database gone waits for the pool's timeout once; the
					// ones after it, for a while, do not ask.
					this.retryAt = System.nanoTime() + RETRY_AFTER_FAILURE.toNanos();
					if (!this.failing) {
						this.failing = true;
						log.warn("Shared {} budgets unavailable ({}); this instance limits alone until the database answers",
								this.budget, ex.getMostSpecificCause().getMessage());
					}
					return this.fallback.take(key);
				}
			}
			if (allowance.remaining > 0) {
				allowance.remaining--;
				return 0;
			}
			return Math.max(1, allowance.until - now);
		}
		finally {
			allowance.lock.unlock();
		}
	}

	private void reserve(String key, Allowance allowance, long now) {
		Reservation reservation = this.jdbc.sql(RESERVE)
			.param("budget", this.budget)
			.param("key", fit(key))
			.param("period", this.periodMillis)
			.param("chunk", this.chunk)
			.query((rs, row) -> new Reservation(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
			.single();
		this.failing = false;
		long before = reservation.reserved() - this.chunk;
		long granted = Math.max(0, Math.min(this.chunk, this.capacity - before));
		allowance.remaining = granted;
		allowance.exhausted = granted == 0;
		allowance.until = now + TimeUnit.MILLISECONDS.toNanos(Math.max(1, reservation.windowLeftMillis()));
		prune(reservation.window());
	}

	/** Past windows are only history: deleted at most once per period by each instance. */
	private void prune(long window) {
		long now = System.currentTimeMillis();
		if (now - this.prunedAt < this.periodMillis) {
			return;
		}
		this.prunedAt = now;
		this.jdbc.sql("delete from rate_limit_window where budget = :budget and window_start < :window")
			.param("budget", this.budget)
			.param("window", window)
			.update();
	}

	private static String fit(String key) {
		return (key.length() <= MAX_KEY) ? key : TokenHashes.sha256(key);
	}

	private record Reservation(long window, long reserved, long windowLeftMillis) {
	}

	/** What this instance may still hand out for one key, until its window ends. */
	private static final class Allowance {

		private final ReentrantLock lock = new ReentrantLock();

		private long remaining;

		// Nothing is left in the database either: refuse without asking until the window ends.
		private boolean exhausted;

		private long until = System.nanoTime();

	}

}
