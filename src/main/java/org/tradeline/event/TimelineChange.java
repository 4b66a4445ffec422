package org.tradeline.event;

import java.time.Instant;
import java.util.List;

import org.tradeline.web.paging.SyncWindow;

/** One change to the timeline as a feed lists it: an event as it is now, or the deletion of one. */
public sealed interface TimelineChange permits TimelineEntry, TimelineChange.Deletion {

	/** When the change was made: its place in the feed. */
	Instant changedAt();

	/** A deleted event: which one and when, nothing of what it said. */
	record Deletion(String slug, Instant deletedAt, Instant changedAt) implements TimelineChange {
	}

	/**
	 * A page of changes, newest first, and where the next (older) page starts; null when this page
	 * reaches the oldest change. filters names the events the feed is of, written one way however
	 * they were asked ({@code topic=tariffs;actor=he-lifeng}; empty for the whole timeline), the same
	 * on every page.
	 */
	record Page(List<TimelineChange> changes, SyncWindow.Cursor next, String filters) {
	}

}
