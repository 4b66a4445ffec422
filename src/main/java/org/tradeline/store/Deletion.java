package org.tradeline.store;

import java.time.Instant;
import java.time.temporal.TemporalAccessor;

/**
 * A deleted row's id and when it was deleted, for looking up many rows in one query. A native query
 * reads the timestamp as the driver gives it (an OffsetDateTime from H2, an Instant from
 * PostgreSQL), so either is taken.
 */
public record Deletion(long id, TemporalAccessor deletedAt) {

	public Instant at() {
		return Instant.from(this.deletedAt);
	}

}
