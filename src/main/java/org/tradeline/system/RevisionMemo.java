package org.tradeline.system;

import java.util.function.Supplier;

/**
 * Remembers one value computed from the whole store until the store revision moves on. Used for
 * answers that are costly to derive but change only with writes (the set of disputed events).
 */
public final class RevisionMemo<T> {

	private final StoreRevision revision;

	private volatile Memo<T> memo;

	public RevisionMemo(StoreRevision revision) {
		this.revision = revision;
	}

	public T get(Supplier<T> compute) {
		long at = this.revision.current();
		Memo<T> current = this.memo;
		if (current != null && current.revision() == at && at != StoreRevision.UNKNOWN) {
			return current.value();
		}
		T value = compute.get();
		// Keep it only if no write was noticed while computing.
		if (at != StoreRevision.UNKNOWN && this.revision.current() == at) {
			this.memo = new Memo<>(at, value);
		}
		return value;
	}

	private record Memo<T>(long revision, T value) {
	}

}
