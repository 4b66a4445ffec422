package org.tradeline.cache;

import org.tradeline.store.StoreChange;

/**
 * The answers the read cache keeps, each with the tags it was built from. They answer anonymous
 * reads only, which see no draft: a change to drafts alone leaves them (answers to a token are
 * never kept, so they read such a change at once).
 */
final class ReadCache extends TaggedCache<CachedAnswer> {

	ReadCache(long maxBytes) {
		super(maxBytes, CachedAnswer::weigh, CachedAnswer::tags);
	}

	@Override
	public void changed(StoreChange change) {
		if (change.seenByPublic()) {
			super.changed(change);
		}
	}

}
