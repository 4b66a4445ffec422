package org.tradeline.system;

import java.util.Set;

/**
 * One committed write: the store revision it produced and the cache tags of what it touched.
 * Tags name a resource ({@code event:12}, {@code actor:3}, {@code source:5}, {@code claim:40},
 * {@code figure:2}, {@code topic:7}) or a collection ({@code events}, {@code actors}, {@code sources},
 * {@code claims}, {@code figures}, {@code topics}, {@code disputes}); {@link #EVERYTHING} stands for
 * all of them (imports, bulk loads).
 */
public record StoreChange(long revision, Set<String> tags) {

	public static final String EVERYTHING = "*";

	public StoreChange {
		tags = Set.copyOf(tags);
	}

	public boolean touchesEverything() {
		return this.tags.contains(EVERYTHING);
	}

}
