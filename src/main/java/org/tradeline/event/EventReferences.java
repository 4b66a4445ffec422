package org.tradeline.event;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Events as other features refer to them: by slug, and only while they are live (a figure names
 * the event that released it). Those features read the event table only through this.
 */
public interface EventReferences {

	/** The id of the live event with this slug. */
	Optional<Long> liveId(String slug);

	/** The slugs of the live events among these, by id, in one query. */
	Map<Long, String> liveSlugs(Collection<Long> ids);

	/**
	 * The slug itself if no event ever had it, else the first of {@code slug-2}, {@code slug-3}, ...
	 * that none had: deleted events keep their slugs, since a restore brings them back.
	 */
	String unused(String slug);

	/** The live drafts among the events with these slugs, in slug order. */
	List<String> liveDrafts(Collection<String> slugs);

	/**
	 * Announced when an event came into the public's view or left it (published, taken back to draft,
	 * deleted or restored while published): what names it shows it, or no more.
	 * @param eventId the event's id
	 */
	record ShownChanged(long eventId) {
	}

}
