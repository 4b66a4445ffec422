package org.tradeline.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Records what a write transaction touched. Every write names its tags ({@link StoreChange}) with
 * {@link #record(String...)}; just before the transaction commits, the store revision in
 * {@code store_change} is bumped once and one {@code store_change_log} row holds the tags under it,
 * so other instances see the change exactly when it commits (never for one that rolls back). After
 * the commit this instance reads the log up to it, so its listeners hear of it at once. Reads of the
 * revision go through {@link StoreRevision}.
 * <p>
 * The public view has a time of its own: a transaction whose writes all declared that the public
 * sees none of them ({@link #seenByPublic(boolean)}: drafts written and kept drafts) moves the
 * store's time but not the public one, which dates what anonymous readers get, and is logged as
 * unseen, so that the answers kept for anonymous readers stay.
 */
@Component
public class StoreChanges {

	/** The most characters of tags a change log row holds; a write naming more is logged as touching everything. */
	public static final int MAX_TAGS_LENGTH = 8000;

	private static final String CHANGE = "update store_change set revision = revision + 1, changed_at = :now where id = 1";

	private static final String PUBLIC_CHANGE = "update store_change set revision = revision + 1, changed_at = :now,"
			+ " previous_public_changed_at = public_changed_at, public_changed_at = :now where id = 1";

	private final JdbcClient jdbc;

	private final StoreRevision revision;

	StoreChanges(JdbcClient jdbc, StoreRevision revision) {
		this.jdbc = jdbc;
		this.revision = revision;
	}

	public Instant lastChanged() {
		return this.revision.lastChanged();
	}

	public LastChange lastChange() {
		return this.revision.lastChange();
	}

	/** When what the public reads last changed; see {@link StoreRevision#publicLastChange()}. */
	public LastChange publicLastChange() {
		return this.revision.publicLastChange();
	}

	/** Counts a write that touched these tags; runs inside the writing transaction. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String... tags) {
		Pending pending = bound(Pending.class, Pending::new);
		pending.recorded = true;
		pending.tags.addAll(List.of(tags));
	}

	/**
	 * Declares whether a write of this transaction changed what the public reads. The public time
	 * stays only if every declared write was unseen and one was declared: a transaction with a seen
	 * write, or whose writes declared nothing (actors, figures, loads), is a public change.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void seenByPublic(boolean seen) {
		Pending pending = bound(Pending.class, Pending::new);
		if (seen) {
			pending.seen = true;
		}
		else {
			pending.unseen = true;
		}
	}

	/** The synchronization of this type the current transaction holds, or null. */
	static <T extends TransactionSynchronization> T boundIfAny(Class<T> type) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
				if (type.isInstance(synchronization)) {
					return type.cast(synchronization);
				}
			}
		}
		return null;
	}

	/** The synchronization of this type the current transaction holds, registered on first use. */
	static <T extends TransactionSynchronization> T bound(Class<T> type, Supplier<T> create) {
		T existing = boundIfAny(type);
		if (existing != null) {
			return existing;
		}
		T created = create.get();
		TransactionSynchronizationManager.registerSynchronization(created);
		return created;
	}

	/**
	 * Takes the store revision's row lock, which every writer takes to commit and holds to the
	 * commit: what is done under it is done by one writer at a time.
	 */
	void lockRevision() {
		this.jdbc.sql("select revision from store_change where id = 1 for update").query(Long.class).single();
	}

	/** The tags of one transaction, written to the log before it commits and announced after. */
	private final class Pending implements TransactionSynchronization {

		final Set<String> tags = new LinkedHashSet<>();

		// Whether a write recorded tags (a declaration alone changes nothing), and what writes declared.
		boolean recorded;

		boolean seen;

		boolean unseen;

		@Override
		public void beforeCommit(boolean readOnly) {
			if (!this.recorded) {
				return;
			}
			Timestamp now = Timestamp.from(Instant.now());
			// Nothing named, or more than the log row holds (a source deleted with thousands of claims):
			// then it touched everything, which is never wrong, only slower to recover from. Whether the
			// public saw it is what its writes declared, however many tags they named: a large review
			// of drafts is still unseen.
			Set<String> tags = (this.tags.isEmpty() || String.join(" ", this.tags).length() > MAX_TAGS_LENGTH)
					? Set.of(StoreChange.EVERYTHING) : this.tags;
			boolean seenByPublic = this.seen || !this.unseen;
			// The row lock taken here is held to the commit: revisions follow commit order. The right-hand
			// sides read the row as it was, so the public time before this change becomes the previous one.
			StoreChanges.this.jdbc.sql(seenByPublic ? PUBLIC_CHANGE : CHANGE).param("now", now).update();
			long revision = StoreChanges.this.jdbc.sql("select revision from store_change where id = 1")
				.query(Long.class)
				.single();
			StoreChanges.this.jdbc
				.sql("insert into store_change_log (revision, tags, changed_at, seen_by_public)"
						+ " values (:revision, :tags, :now, :seen)")
				.param("revision", revision)
				.param("tags", String.join(" ", tags))
				.param("now", now)
				.param("seen", seenByPublic)
				.update();
		}

		/**
		 * Brings this instance up to the revision just committed (telling the listeners this change
		 * and any other instance's before it), before the writer answers: whoever made the write,
		 * an API request, a backup import or the synthetic loader, reads it next. A rolled-back or
		 * failed commit changed nothing; one whose outcome is unknown is picked up by the next poll.
		 */
		@Override
		public void afterCommit() {
			StoreChanges.this.revision.refreshAfterWrite();
		}

	}

}
