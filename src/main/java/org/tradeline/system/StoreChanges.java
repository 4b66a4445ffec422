package org.tradeline.system;

import java.time.Instant;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** When the store last changed, from the one-row table every write bumps. */
@Component
public class StoreChanges {

	private final JdbcClient jdbc;

	StoreChanges(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Instant lastChanged() {
		return this.jdbc.sql("select changed_at from store_change where id = 1")
			.query(OffsetDateTime.class)
			.single()
			.toInstant();
	}

}
