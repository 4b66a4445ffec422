package org.tradeline.store;

import java.util.Map;

/** A feature that keeps tallies in {@link Tallies} and can count them from scratch. */
public interface TallyOwner {

	/** Every tally this feature keeps, counted over the whole store: name, then key, then count. */
	Map<String, Map<String, Long>> scratch();

}
