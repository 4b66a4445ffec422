package org.tradeline.system;

import java.util.Set;

/**
 * One committed write: the store revision it produced and the cache tags of what it touched.
 * Tags name a resource ({@code event:12}, {@code actor:3}, {@code source:5}, {@code claim:40},
 * {@code figure:2}, {@code topic:7}) or a collection ({@code events}, {@code actors}, {@code sources},
 * {@code claims}, {@code figures}, {@code topics}, {@code disputes}); {@link #EVERYTHING} stands for
 * all of them (imports, bulk loads). A resource's own tag means its own fields changed (an answer
 * that shows its name depends on it); {@link #contents(String)} of it means what belongs to it
 * changed (the claims about a subject or of a source, the events an actor takes part in), which
 * only the answers listing those depend on. Keeping the two apart is what lets an edit to one
 * event leave the cached details of other events that merely cite the same source or actor.
 */
public record StoreChange(long revision, Set<String> tags) {

	public static final String EVERYTHING = "*";

	public StoreChange {
		tags = Set.copyOf(tags);
	}

	/** The tag for what belongs to the resource with this tag. */
	public static String contents(String tag) {
		return "has:" + tag;
	}

	public boolean touchesEverything() {
		return this.tags.contains(EVERYTHING);
	}

}
