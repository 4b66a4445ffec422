package org.tradeline.system;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one-row store_change table: every write bumps it, last, in its own transaction, so caches and
 * feeds see a new revision exactly when the write commits (and never for one that rolls back). Reads
 * of the row go through {@link StoreRevision}, which fetches revision and time together.
 */
@Component
public class StoreChanges {

	private final JdbcClient jdbc;

	private final StoreRevision revision;

	StoreChanges(JdbcClient jdbc, StoreRevision revision) {
		this.jdbc = jdbc;
		this.revision = revision;
	}

	public Instant lastChanged() {
		return this.revision.lastChanged();
	}

	/** Counts a write; runs on the writing transaction's connection. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record() {
		this.jdbc.sql("update store_change set revision = revision + 1, changed_at = :now where id = 1")
			.param("now", Timestamp.from(Instant.now()))
			.update();
	}

}
