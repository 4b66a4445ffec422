package org.tradeline.system.security;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Token buckets by key (a client address, a token name), each refilling its capacity evenly over
 * the period. In memory, per instance. A bucket left alone for a whole period is full again, the
 * same as a new one, so it expires then; and the number kept is bounded, evicting the least used
 * first, so a flood of new keys cannot grow memory or reset the buckets of clients that spent theirs.
 */
final class Budgets {

	static final int MAX_TRACKED = 100_000;

	private final int capacity;

	private final Duration period;

	private final Cache<String, Bucket> buckets;

	Budgets(int capacity, Duration period) {
		this.capacity = capacity;
		this.period = period;
		this.buckets = Caffeine.newBuilder()
			.maximumSize(MAX_TRACKED)
			.expireAfterAccess(period)
			// Evict on the calling thread: the bound holds at once, without a background task.
			.executor(Runnable::run)
			.build();
	}

	/** Takes one unit of the key's budget: 0 if there was one, else the nanoseconds until there is. */
	long take(String key) {
		return bucket(key).take(System.nanoTime(), true);
	}

	/** As {@link #take}, without taking anything. */
	long waitFor(String key) {
		Bucket bucket = this.buckets.getIfPresent(key);
		return (bucket != null) ? bucket.take(System.nanoTime(), false) : 0;
	}

	private Bucket bucket(String key) {
		return this.buckets.get(key, k -> new Bucket(this.capacity, this.period));
	}

	/** Whole seconds to wait, rounded up and at least one, for a Retry-After header. */
	static long seconds(long waitNanos) {
		return Math.max(1, Duration.ofNanos(waitNanos).toSeconds() + 1);
	}

	private static final class Bucket {

		private final double capacity;

		private final double perNano;

		private double available;

		private long last;

		Bucket(int capacity, Duration period) {
			this.capacity = capacity;
			this.perNano = capacity / (double) period.toNanos();
			this.available = capacity;
			this.last = System.nanoTime();
		}

		synchronized long take(long now, boolean spend) {
			this.available = Math.min(this.capacity, this.available + (now - this.last) * this.perNano);
			this.last = now;
			if (this.available >= 1) {
				if (spend) {
					this.available -= 1;
				}
				return 0;
			}
			return (long) Math.ceil((1 - this.available) / this.perNano);
		}

	}

}
