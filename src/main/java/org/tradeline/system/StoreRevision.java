package org.tradeline.system;

import java.time.Instant;
import java.time.OffsetDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.dao.DataAccessException;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The store's revision as this instance last saw it. Every write bumps {@code store_change} in
 * its own transaction; this instance re-reads it right after each of its own writes and polls it
 * for everybody else's, so caches keyed by it are never stale for longer than the poll interval.
 */
@Component
@EnableScheduling
public class StoreRevision {

	private static final Logger log = LoggerFactory.getLogger(StoreRevision.class);

	/** Until the first read; nothing may be cached under it. */
	public static final long UNKNOWN = -1;

	private final JdbcClient jdbc;

	private volatile State state = new State(UNKNOWN, null);

	// Only the poller's thread writes it.
	private volatile boolean unreachable;

	StoreRevision(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long current() {
		return this.state.revision();
	}

	/** When the store last changed, as of {@link #current()}; read with the revision, no query of its own. */
	public Instant lastChanged() {
		if (this.state.changedAt() == null) {
			refresh();
		}
		return this.state.changedAt();
	}

	/** Reads the revision now; called after every write this instance serves. */
	public void refresh() {
		this.state = this.jdbc.sql("select revision, changed_at from store_change where id = 1")
			.query((rs, row) -> new State(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant()))
			.single();
	}

	/**
	 * After a write this instance served. Should the database have gone away since the commit, the
	 * revision is forgotten rather than kept: no answer cached before the write may be replayed
	 * after it, so reads go to the database (and fail there) until a poll reads the revision again.
	 */
	void refreshAfterWrite() {
		try {
			refresh();
		}
		catch (DataAccessException ex) {
			this.state = new State(UNKNOWN, null);
			log.debug("Could not read the store revision after a write", ex);
		}
	}

	private record State(long revision, Instant changedAt) {
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		refresh();
	}

	@Scheduled(fixedDelayString = "${tradeline.read-cache.poll-interval:250ms}", initialDelayString = "${tradeline.read-cache.poll-interval:250ms}")
	void poll() {
		try {
			refresh();
			if (this.unreachable) {
				this.unreachable = false;
				log.info("The database is reachable again; store revision {}", current());
			}
		}
		catch (DataAccessException ex) {
			// Keep the last revision (nothing can be written meanwhile) and keep polling; say so once.
			if (!this.unreachable) {
				this.unreachable = true;
				log.warn("Cannot read the store revision, the database is unreachable ({}); polling on",
						ex.getMostSpecificCause().getMessage());
			}
			log.debug("Could not read the store revision", ex);
		}
	}

}
