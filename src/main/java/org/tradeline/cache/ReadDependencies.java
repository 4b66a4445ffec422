package org.tradeline.cache;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The resources a read answer is built from, as {@link StoreChange} tags, collected on the request's
 * thread while the answer is computed, so that the read cache drops the answer exactly when a write
 * touches one of them. Code that builds a view of a resource declares it ({@code event:12}); a read
 * that declares nothing is dropped on every write.
 */
public final class ReadDependencies {

	private static final ThreadLocal<Set<String>> CURRENT = new ThreadLocal<>();

	private ReadDependencies() {
	}

	/** Declares that the answer being computed on this thread depends on these tags; a no-op outside one. */
	public static void add(String... tags) {
		add(Arrays.asList(tags));
	}

	/** The same, for tags already collected. */
	public static void add(Collection<String> tags) {
		Set<String> current = CURRENT.get();
		if (current != null) {
			current.addAll(tags);
		}
	}

	/** Starts collecting on this thread; {@link #finish()} returns what was declared. */
	public static void start() {
		CURRENT.set(new HashSet<>());
	}

	public static Set<String> finish() {
		Set<String> collected = CURRENT.get();
		CURRENT.remove();
		return (collected != null) ? collected : Set.of();
	}

}
