package org.tradeline.event;

import java.util.Collection;
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

}
