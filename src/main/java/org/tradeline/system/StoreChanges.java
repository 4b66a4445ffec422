package org.tradeline.system;

import java.time.Instant;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When the store last changed, from the one-row table every write bumps. Remembered per store
 * revision, so conditional GETs cost no query while nothing is written.
 */
@Component
public class StoreChanges {

	private final JdbcClient jdbc;

	private final RevisionMemo<Instant> lastChanged;

	StoreChanges(JdbcClient jdbc, StoreRevision revision) {
		this.jdbc = jdbc;
		this.lastChanged = new RevisionMemo<>(revision);
	}

	public Instant lastChanged() {
		return this.lastChanged.get(() -> this.jdbc.sql("select changed_at from store_change where id = 1")
			.query(OffsetDateTime.class)
			.single()
			.toInstant());
	}

}
