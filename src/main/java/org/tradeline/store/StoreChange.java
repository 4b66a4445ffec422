package org.tradeline.store;

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
 * <p>
 * Event lists go further, because most edits change what a row shows but not which rows a filter
 * selects: {@link #EVENTS} changes when an event comes, goes or changes a field that lists filter,
 * order or count by; {@link #EVENTS_TEXT} when only text a search reads changed (searches of three
 * characters or more depend on {@code events/text:n} instead, named for the trigrams of the texts a
 * write touched); {@link #EVENTS_EDITED} with every event write (lists ordered by the time of the
 * last change). {@code events/topic:x},
 * {@code events/actor:x} and {@code events/kind:x} come with {@link #EVENTS} for each topic, actor
 * and kind the event had or has: a list filtered by one depends on it instead. A list also depends
 * on the tags of the rows it shows, so an edit to a row reaches the pages showing it and no other.
 * <p>
 * A change the public does not see ({@code seenByPublic} false: its writes touched drafts only, see
 * {@link StoreChanges#seenByPublic(boolean)}) alters no answer to an anonymous read.
 */
public record StoreChange(long revision, Set<String> tags, boolean seenByPublic) {

	public static final String EVERYTHING = "*";

	public static final String EVENTS = "events";

	public static final String EVENTS_TEXT = "events-text";

	public static final String EVENTS_EDITED = "events-edited";

	public StoreChange {
		tags = Set.copyOf(tags);
	}

	/** A change the public may see (as every change was before drafts could be written apart). */
	public StoreChange(long revision, Set<String> tags) {
		this(revision, tags, true);
	}

	/** The tag for what belongs to the resource with this tag. */
	public static String contents(String tag) {
		return "has:" + tag;
	}

	public boolean touchesEverything() {
		return this.tags.contains(EVERYTHING);
	}

}
