package org.tradeline.cache;

import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

import org.jspecify.annotations.Nullable;

import org.tradeline.store.StoreChange;
import org.tradeline.store.StoreChangeListener;

/**
 * Views of single resources that answers are built from (an event's timeline entry, with its
 * claims, sources and disputes), kept between answers. An answer a write dropped is then rebuilt
 * from the views the write left alone and the few it changed, not from the store: a month's export
 * after one event's edit reads that event's claims, not the month's. Each view is kept with the tags
 * of what it was built from and dropped by the same store changes as answers; a hit declares those
 * tags to the answer being computed, as building the view would have.
 */
public final class ViewCache implements StoreChangeListener {

	private final TaggedCache<View> views;

	private final LongAdder hits = new LongAdder();

	private final LongAdder misses = new LongAdder();

	ViewCache(long maxBytes) {
		this.views = new TaggedCache<>(maxBytes, ViewCache::weigh, View::tags);
	}

	/** Where the store's changes stand: read before anything a view will be built from is read. */
	public long mark() {
		return this.views.mark();
	}

	/** The view kept under the key, declaring what it was built from; null when none is. */
	public <V> @Nullable V get(String key, Class<V> type) {
		View kept = this.views.get(key);
		if (kept == null || !type.isInstance(kept.view())) {
			this.misses.increment();
			return null;
		}
		this.hits.increment();
		ReadDependencies.add(kept.tags());
		return type.cast(kept.view());
	}

	/**
	 * Keeps a view built from what was read after {@code mark}, unless a change to what it was built
	 * from came since.
	 * @param weight what the view costs on the heap, roughly
	 * @param tags what it was built from, as {@link StoreChange} tags
	 */
	public void put(String key, Object view, int weight, Set<String> tags, long mark) {
		this.views.put(key, new View(view, weight, Set.copyOf(tags)), mark);
	}

	@Override
	public void changed(StoreChange change) {
		this.views.changed(change);
	}

	long hits() {
		return this.hits.sum();
	}

	long misses() {
		return this.misses.sum();
	}

	long weightedBytes() {
		return this.views.weightedBytes();
	}

	/** The view's own estimate, and the cache's node, key and tags with their index entries. */
	private static int weigh(String key, View view) {
		long bytes = 64 + 40 + 2L * key.length() + view.weight();
		for (String tag : view.tags()) {
			bytes += 16 + 40 + 2L * tag.length() + 64;
		}
		return (int) Math.min(Integer.MAX_VALUE, bytes);
	}

	private record View(Object view, int weight, Set<String> tags) {
	}

}
