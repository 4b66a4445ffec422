package org.tradeline.cache;

/** The answers the read cache keeps, each with the tags it was built from. */
final class ReadCache extends TaggedCache<CachedAnswer> {

	ReadCache(long maxBytes) {
		super(maxBytes, CachedAnswer::weigh, CachedAnswer::tags);
	}

}
