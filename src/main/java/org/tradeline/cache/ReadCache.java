package org.tradeline.cache;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import org.tradeline.store.StoreChange;
import org.tradeline.store.StoreChangeListener;

/**
 * The answers the read cache keeps, each with the tags it was built from, and the store changes
 * that drop them. A change drops every answer whose tags it shares, and every answer that declared
 * none; {@code *} drops all. An answer is only kept if no change it depends on was applied while it
 * was being computed: {@link #mark()} before computing, {@link #put} checks what came since.
 */
final class ReadCache implements StoreChangeListener {

	// How many applied changes are remembered for that check; a computation that saw more go by is
	// simply not kept.
	private static final int REMEMBERED_CHANGES = 4096;

	private final Cache<String, CachedAnswer> answers;

	private final AtomicLong applied = new AtomicLong();

	private final ConcurrentSkipListMap<Long, Set<String>> recent = new ConcurrentSkipListMap<>();

	// The kept answers under each of their tags, so that a change finds what it drops without looking
	// at every answer; those that declared no tag are under EVERYTHING, which every change reaches.
	// An answer leaves it when it leaves the cache, whatever the cause.
	private final ConcurrentHashMap<String, Set<Kept>> byTag = new ConcurrentHashMap<>();

	ReadCache(long maxBytes) {
		this.answers = Caffeine.newBuilder()
			.maximumWeight(maxBytes)
			.weigher((String key, CachedAnswer answer) -> CachedAnswer.weigh(key, answer))
			.executor(Runnable::run)
			.removalListener((String key, CachedAnswer answer, RemovalCause cause) -> unindex(new Kept(key, answer)))
			.build();
	}

	CachedAnswer get(String key) {
		return this.answers.getIfPresent(key);
	}

	/** Where the sequence of applied changes stands; read before computing an answer. */
	long mark() {
		return this.applied.get();
	}

	/** Keeps the answer unless a change it depends on was applied since {@code mark}. */
	void put(String key, CachedAnswer answer, long mark) {
		if (changedSince(mark, answer.tags())) {
			return;
		}
		index(new Kept(key, answer));
		this.answers.put(key, answer);
		// A change applied between the check and the put found nothing to drop: look again.
		if (changedSince(mark, answer.tags())) {
			this.answers.asMap().remove(key, answer);
		}
	}

	long size() {
		this.answers.cleanUp();
		return this.answers.estimatedSize();
	}

	/** What the kept answers are estimated to cost on the heap together (their weights). */
	long weightedBytes() {
		return this.answers.policy().eviction().orElseThrow().weightedSize().orElse(0);
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
			this.answers.invalidateAll();
		}
		else {
			Set<Kept> reached = new HashSet<>(this.byTag.getOrDefault(StoreChange.EVERYTHING, Set.of()));
			change.tags().forEach(tag -> reached.addAll(this.byTag.getOrDefault(tag, Set.of())));
			for (Kept kept : reached) {
				if (!this.answers.asMap().remove(kept.key(), kept.answer())) {
					// Indexed by a put that has not stored it yet (which looks again) or already evicted.
					unindex(kept);
				}
			}
		}
	}

	/** How many tags have kept answers under them. */
	int indexedTags() {
		return this.byTag.size();
	}

	private void index(Kept kept) {
		for (String tag : kept.indexTags()) {
			this.byTag.compute(tag, (t, under) -> {
				Set<Kept> set = (under != null) ? under : ConcurrentHashMap.newKeySet();
				set.add(kept);
				return set;
			});
		}
	}

	private void unindex(Kept kept) {
		for (String tag : kept.indexTags()) {
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
			if (changed == null || CachedAnswer.dependsOn(tags, changed)) {
				return true;
			}
		}
		return false;
	}

	/** An answer under its key; the same only as that very answer, which a later one for the key replaces. */
	private record Kept(String key, CachedAnswer answer) {

		Set<String> indexTags() {
			return CachedAnswer.dependsOnEverything(this.answer.tags()) ? Set.of(StoreChange.EVERYTHING)
					: this.answer.tags();
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Kept that && this.answer == that.answer && this.key.equals(that.key);
		}

		@Override
		public int hashCode() {
			return 31 * this.key.hashCode() + System.identityHashCode(this.answer);
		}

	}

}
