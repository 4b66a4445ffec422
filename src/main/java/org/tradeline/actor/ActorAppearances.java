package org.tradeline.actor;

import java.util.List;

/**
 * The events an actor takes part in. Declared here and implemented by the event feature, so that
 * actors do not depend on events (events depend on actors).
 */
public interface ActorAppearances {

	List<Appearance> of(long actorId);

	/** Whether the actor takes part in a live event (it cannot be deleted while it does). */
	boolean inLiveEvent(long actorId);

	/**
	 * The events the actor takes part in, deleted ones too: they show the actor's name, and a
	 * restore brings a deleted one back with the current name.
	 */
	List<Long> eventIds(long actorId);

	/** One event an actor appears in, with the actor's role and side there. */
	record Appearance(String slug, String title, String kind, String dateLabel, String startDate, String role,
			String side) {
	}

}
