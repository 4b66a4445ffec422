package org.tradeline.store;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The store's revision as this instance last saw it, and the reader of the store change log. Every
 * write bumps {@code store_change} and logs its tags under the new revision in the same transaction;
 * this instance reads the log incrementally (right after each of its own writes, and by polling for
 * everybody else's) and tells the {@link StoreChangeListener}s each change it had not seen, so caches
 * drop exactly what another instance's write made stale, within the poll interval. When it cannot
 * know what changed (it fell behind the oldest log row, the revision moved without a log row, or the
 * database was out of reach for a while) it tells them everything changed. The poller also prunes
 * log rows older than the retention.
 */
@Component
@EnableScheduling
@EnableConfigurationProperties(StoreProperties.class)
public class StoreRevision implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(StoreRevision.class);

	/** Until the first read; nothing may be cached under it. */
	public static final long UNKNOWN = -1;

	// Pruning runs at most this often, not on every poll.
	private static final long PRUNE_EVERY_MILLIS = 30_000;

	private final JdbcClient jdbc;

	// The poller takes its connection before the monitor, never inside it: a write refreshes under the
	// monitor holding the connection it committed on, so a poller that waited for a connection there
	// would keep every writer, and with them the connections, waiting until the pool timed out.
	private final TransactionTemplate connected;

	private final ObjectProvider<StoreChangeListener> listeners;

	private final StoreProperties properties;

	private volatile State state = State.UNKNOWN_STATE;

	// The last revision whose change was told to the listeners; guarded by this.
	private long told = UNKNOWN;

	// Only the poller's thread writes them.
	private volatile boolean unreachable;

	private long prunedAt;

	StoreRevision(DataSource dataSource, ObjectProvider<StoreChangeListener> listeners, StoreProperties properties) {
		this.jdbc = JdbcClient.create(dataSource);
		this.connected = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
		this.listeners = listeners;
		this.properties = properties;
	}

	public long current() {
		return this.state.revision();
	}

	/**
	 * When the store last changed, as of {@link #current()}; read with the revision, no query of its
	 * own. While the revision is unknown (before the first read, or after a write lost sight of the
	 * database) it is now: never older than what a response built afterwards shows, and a request
	 * never waits here for the database (readers queued behind one another's connection timeouts).
	 */
	public Instant lastChanged() {
		return lastChange().at();
	}

	/**
	 * {@link #lastChanged()}, and whether no other change shares its second. While the revision is
	 * unknown nothing is known of its second either.
	 */
	public LastChange lastChange() {
		State known = this.state;
		return (known.changedAt() != null) ? new LastChange(known.changedAt(), known.aloneInItsSecond())
				: new LastChange(Instant.now(), false);
	}

	/**
	 * When what the public reads last changed, as of {@link #current()}: the last change that was not
	 * only to drafts ({@link StoreChanges#seenByPublic(boolean)}), and whether no other such change
	 * shares its second. Never later than {@link #lastChange()}; unknown alike.
	 */
	public LastChange publicLastChange() {
		State known = this.state;
		return (known.publicChangedAt() != null)
				? new LastChange(known.publicChangedAt(), known.publicAloneInItsSecond())
				: new LastChange(Instant.now(), false);
	}

	/**
	 * Reads the revision now, and tells the listeners of every change logged since the last read;
	 * called after every write this instance serves and by the poller.
	 */
	public synchronized void refresh() {
		State now = this.jdbc
			.sql("select revision, changed_at, public_changed_at, previous_public_changed_at from store_change where id = 1")
			.query((rs, row) -> {
				Instant publicAt = instant(rs.getObject(3, OffsetDateTime.class));
				Instant publicBefore = instant(rs.getObject(4, OffsetDateTime.class));
				// The public change before it was in an earlier second, or is not known (none since the
				// migration that added the column, or an import): alone either way.
				boolean publicAlone = publicBefore == null || publicBefore.getEpochSecond() < publicAt.getEpochSecond();
				return new State(rs.getLong(1), instant(rs.getObject(2, OffsetDateTime.class)), false, publicAt,
						publicAlone);
			})
			.single();
		State known = this.state;
		now = new State(now.revision(), now.changedAt(),
				(known.revision() == now.revision() && now.changedAt().equals(known.changedAt()))
						? known.aloneInItsSecond() : aloneInItsSecond(now),
				now.publicChangedAt(), now.publicAloneInItsSecond());
		if (this.told == UNKNOWN) {
			// The first read: nothing was cached before it.
			this.told = now.revision();
		}
		else if (now.revision() < this.told) {
			// Another database behind the same name (restored, replaced): nothing known holds.
			tell(new StoreChange(now.revision(), Set.of(StoreChange.EVERYTHING)));
			this.told = now.revision();
		}
		else if (now.revision() > this.told) {
			catchUp(now.revision());
		}
		this.state = now;
	}

	// Every revision up to the one read from store_change has committed, and with it its log row.
	private void catchUp(long revision) {
		List<StoreChange> changes = this.jdbc
			.sql("select revision, tags, seen_by_public from store_change_log where revision > :told and revision <= :revision"
					+ " order by revision")
			.param("told", this.told)
			.param("revision", revision)
			.query((rs, row) -> new StoreChange(rs.getLong(1),
					new LinkedHashSet<>(Arrays.asList(rs.getString(2).split(" "))), rs.getBoolean(3)))
			.list();
		boolean complete = changes.size() == revision - this.told;
		if (complete) {
			changes.forEach(this::tell);
		}
		else {
			// Rows pruned before this instance read them, or a revision bumped without a row.
			tell(new StoreChange(revision, Set.of(StoreChange.EVERYTHING)));
		}
		this.told = revision;
	}

	/**
	 * Whether the change before this revision was logged in an earlier second than this one (stamps
	 * follow revisions, so then no other change shares its second). Without that row there was no
	 * change before (the first revision), or it is older than the log's retention: alone either way.
	 */
	private boolean aloneInItsSecond(State now) {
		List<Instant> before = this.jdbc.sql("select changed_at from store_change_log where revision = :revision")
			.param("revision", now.revision() - 1)
			.query((rs, row) -> rs.getObject(1, OffsetDateTime.class).toInstant())
			.list();
		return before.isEmpty() || before.get(0).getEpochSecond() < now.changedAt().getEpochSecond();
	}

	private void tell(StoreChange change) {
		this.listeners.orderedStream().forEach(listener -> listener.changed(change));
	}

	/**
	 * After a write this instance served. Should the database have gone away since the commit, the
	 * revision is forgotten rather than kept: no cached answer may be replayed until a poll reads the
	 * log again (and then everything is dropped, as after any outage).
	 */
	public void refreshAfterWrite() {
		try {
			refresh();
		}
		catch (DataAccessException ex) {
			this.state = State.UNKNOWN_STATE;
			this.unreachable = true;
			log.debug("Could not read the store revision after a write", ex);
		}
	}

	private static Instant instant(OffsetDateTime at) {
		return (at != null) ? at.toInstant() : null;
	}

	private record State(long revision, Instant changedAt, boolean aloneInItsSecond, Instant publicChangedAt,
			boolean publicAloneInItsSecond) {

		static final State UNKNOWN_STATE = new State(UNKNOWN, null, false, null, false);

	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		refresh();
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		Duration every = this.properties.pollInterval();
		registrar.addFixedDelayTask(new FixedDelayTask(this::poll, every, every));
	}

	void poll() {
		try {
			this.connected.executeWithoutResult(status -> refresh());
			if (this.unreachable) {
				this.unreachable = false;
				// Whatever was noticed meanwhile, answers kept across the outage are not trusted.
				tell(new StoreChange(current(), Set.of(StoreChange.EVERYTHING)));
				log.info("The database is reachable again; store revision {}", current());
			}
			prune();
		}
		catch (DataAccessException | TransactionException ex) {
			// Keep the last revision (nothing can be written meanwhile) and keep polling; say so once.
			if (!this.unreachable) {
				this.unreachable = true;
				log.warn("Cannot read the store revision, the database is unreachable ({}); polling on",
						ex.getMostSpecificCause().getMessage());
			}
			log.debug("Could not read the store revision", ex);
		}
	}

	private void prune() {
		long now = System.currentTimeMillis();
		if (now - this.prunedAt >= PRUNE_EVERY_MILLIS) {
			this.prunedAt = now;
			pruneChangeLog();
		}
	}

	/** Deletes log rows older than the retention; returns how many. */
	int pruneChangeLog() {
		Instant cutoff = Instant.now().minus(this.properties.changeLogRetention());
		return this.jdbc.sql("delete from store_change_log where changed_at < :cutoff")
			.param("cutoff", Timestamp.from(cutoff))
			.update();
	}

}
