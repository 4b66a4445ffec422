package org.tradeline.cache;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import com.github.benmanes.caffeine.cache.Weigher;
import org.tradeline.store.StoreChange;
import org.tradeline.store.StoreChangeListener;

/**
 * Values kept under keys, each with the tags of what it was built from, and the store changes that
 * drop them: the read cache's answers ({@link ReadCache}) and the views answers are built from
 * ({@link ViewCache}). A change drops every value whose tags it shares, and every value that
 * declared none; {@code *} drops all. A value is only kept if no change it depends on was applied
 * while it was being computed: {@link #mark()} before reading what it is built from, {@link #put}
 * checks what came since.
 * @param <V> what is kept
 */
class TaggedCache<V> implements StoreChangeListener {

	// How many applied changes are remembered for that check; a computation that saw more go by is
	// simply not kept.
	private static final int REMEMBERED_CHANGES = 4096;

	private final Cache<String, V> values;

	private final Function<V, Set<String>> tagsOf;

	private final AtomicLong applied = new AtomicLong();

	private final ConcurrentSkipListMap<Long, Set<String>> recent = new ConcurrentSkipListMap<>();

	// The kept values under each of their tags, so that a change finds what it drops without looking
	// at every value; those that declared no tag are under EVERYTHING, which every change reaches.
	// A value leaves it when it leaves the cache, whatever the cause.
	private final ConcurrentHashMap<String, Set<Kept<V>>> byTag = new ConcurrentHashMap<>();

	TaggedCache(long maxBytes, Weigher<String, V> weigher, Function<V, Set<String>> tagsOf) {
		this.tagsOf = tagsOf;
		this.values = Caffeine.newBuilder()
			.maximumWeight(maxBytes)
			.weigher(weigher)
			.executor(Runnable::run)
			.removalListener((String key, V value, RemovalCause cause) -> unindex(new Kept<>(key, value)))
			.build();
	}

	V get(String key) {
		return this.values.getIfPresent(key);
	}

	/** Where the sequence of applied changes stands; read before reading what a value is built from. */
	long mark() {
		return this.applied.get();
	}

	/** Keeps the value unless a change it depends on was applied since {@code mark}. */
	void put(String key, V value, long mark) {
		Set<String> tags = this.tagsOf.apply(value);
		if (changedSince(mark, tags)) {
			return;
		}
		index(new Kept<>(key, value));
		this.values.put(key, value);
		// A change applied between the check and the put found nothing to drop: look again.
		if (changedSince(mark, tags)) {
			this.values.asMap().remove(key, value);
		}
	}

	long size() {
		this.values.cleanUp();
		return this.values.estimatedSize();
	}

	/** What the kept values are estimated to cost on the heap together (their weights). */
	long weightedBytes() {
		return this.values.policy().eviction().orElseThrow().weightedSize().orElse(0);
	}

	@Override
	public void changed(StoreChange change) {
		// Remembered before anything is dropped, so a computation that checks after this sees it.
		synchronized (this.recent) {
			long sequence = this.applied.get() + 1;
			this.recent.put(sequence, change.tags());
			this.applied.set(sequence);
			this.recent.headMap(sequence - REMEMBERED_CHANGES).clear();
		}
		if (change.touchesEverything()) {
			this.values.invalidateAll();
		}
		else {
			Set<Kept<V>> reached = new HashSet<>(this.byTag.getOrDefault(StoreChange.EVERYTHING, Set.of()));
			change.tags().forEach(tag -> reached.addAll(this.byTag.getOrDefault(tag, Set.of())));
			for (Kept<V> kept : reached) {
				if (!this.values.asMap().remove(kept.key(), kept.value())) {
					// Indexed by a put that has not stored it yet (which looks again) or already evicted.
					unindex(kept);
				}
			}
		}
	}

	/** How many tags have kept values under them. */
	int indexedTags() {
		return this.byTag.size();
	}

	private void index(Kept<V> kept) {
		for (String tag : indexTags(kept)) {
			this.byTag.compute(tag, (t, under) -> {
				Set<Kept<V>> set = (under != null) ? under : ConcurrentHashMap.newKeySet();
				set.add(kept);
				return set;
			});
		}
	}

	private void unindex(Kept<V> kept) {
		for (String tag : indexTags(kept)) {
			this.byTag.computeIfPresent(tag, (t, under) -> {
				under.remove(kept);
				return under.isEmpty() ? null : under;
			});
		}
	}

	private boolean changedSince(long mark, Set<String> tags) {
		long now = this.applied.get();
		for (long sequence = mark + 1; sequence <= now; sequence++) {
			Set<String> changed = this.recent.get(sequence);
			if (changed == null || dependsOn(tags, changed)) {
				return true;
			}
		}
		return false;
	}

	private Set<String> indexTags(Kept<V> kept) {
		Set<String> tags = this.tagsOf.apply(kept.value());
		return dependsOnEverything(tags) ? Set.of(StoreChange.EVERYTHING) : tags;
	}

	/** Whether a change of these tags may alter a value built from those. */
	static boolean dependsOn(Set<String> tags, Set<String> changed) {
		if (dependsOnEverything(tags) || changed.contains(StoreChange.EVERYTHING)) {
			return true;
		}
		for (String tag : changed) {
			if (tags.contains(tag)) {
				return true;
			}
		}
		return false;
	}

	/** Whether every change may alter a value built from these tags: it declared none, or all. */
	static boolean dependsOnEverything(Set<String> tags) {
		return tags.isEmpty() || tags.contains(StoreChange.EVERYTHING);
	}

	/** A value under its key; the same only as that very value, which a later one for the key replaces. */
	private record Kept<V>(String key, V value) {

		@Override
		public boolean equals(Object other) {
			return other instanceof Kept<?> that && this.value == that.value && this.key.equals(that.key);
		}

		@Override
		public int hashCode() {
			return 31 * this.key.hashCode() + System.identityHashCode(this.value);
		}

	}

}
