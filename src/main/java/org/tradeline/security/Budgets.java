package org.tradeline.security;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Token buckets by key (a client address, a token name), each refilling its capacity evenly over
 * the period. In memory, per instance. At most {@link #MAX_TRACKED} are kept: past that, buckets are
 * forgotten fullest first, down to nine tenths of the bound. A full bucket is the same as a new one,
 * so forgetting it changes nothing; an emptied one is what holds a client back, so it goes last.
 * A flood of new keys therefore neither grows memory nor hands a client that spent its budget a
 * fresh one (a wholesale clear would reset everyone).
 */
final class Budgets implements Limiter {

	static final int MAX_TRACKED = 100_000;

	private final int capacity;

	private final Duration period;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	private final ReentrantLock eviction = new ReentrantLock();

	Budgets(int capacity, Duration period) {
		this.capacity = capacity;
		this.period = period;
	}

	@Override
	public long take(String key) {
		Bucket bucket = this.buckets.get(key);
		if (bucket == null) {
			if (this.buckets.size() >= MAX_TRACKED) {
				evict();
			}
			bucket = this.buckets.computeIfAbsent(key, k -> new Bucket(this.capacity, this.period));
		}
		return bucket.take(System.nanoTime(), true);
	}

	/** As {@link #take}, without taking anything. */
	long waitFor(String key) {
		Bucket bucket = this.buckets.get(key);
		return (bucket != null) ? bucket.take(System.nanoTime(), false) : 0;
	}

	/** Whole seconds to wait, rounded up and at least one, for a Retry-After header. */
	static long seconds(long waitNanos) {
		return Math.max(1, Duration.ofNanos(waitNanos).toSeconds() + 1);
	}

	/** One thread evicts; the others go on (the bound may be passed briefly by a few keys). */
	private void evict() {
		if (!this.eviction.tryLock()) {
			return;
		}
		try {
			long now = System.nanoTime();
			int target = MAX_TRACKED / 10 * 9;
			this.buckets.values().removeIf(bucket -> bucket.available(now) >= this.capacity);
			int excess = this.buckets.size() - target;
			if (excess <= 0) {
				return;
			}
			double[] available = this.buckets.values().stream().mapToDouble(bucket -> bucket.available(now)).toArray();
			Arrays.sort(available);
			double threshold = available[Math.max(0, available.length - excess)];
			this.buckets.values().removeIf(bucket -> bucket.available(now) >= threshold);
		}
		finally {
			this.eviction.unlock();
		}
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

		synchronized double available(long now) {
			return Math.min(this.capacity, this.available + (now - this.last) * this.perNano);
		}

		synchronized long take(long now, boolean spend) {
			this.available = available(now);
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
