package org.tradeline.store;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Named counts kept in the {@code tally} table, so that a count over the whole store (events by
 * month, claims by status) is a read of a few rows. Writes {@link #move} what they changed inside
 * their transaction; the sums are applied just before it commits, under the store revision's row
 * lock (the one {@link StoreChanges} takes), so concurrent writers never race to create a key.
 * Each {@link TallyOwner} can also count its tallies from scratch: after bulk loads and imports, on
 * an empty table at start-up, and in tests that compare the two.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class Tallies implements ApplicationRunner {

	/** One count: the tally's name and the key within it. */
	public record Key(String name, String key) {
	}

	private final JdbcClient jdbc;

	private final ObjectProvider<TallyOwner> owners;

	private final StoreChanges storeChanges;

	Tallies(JdbcClient jdbc, ObjectProvider<TallyOwner> owners, StoreChanges storeChanges) {
		this.jdbc = jdbc;
		this.owners = owners;
		this.storeChanges = storeChanges;
	}

	/** Counts one less under each key of {@code before} and one more under each of {@code after}. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void move(List<Key> before, List<Key> after) {
		Pending pending = pending();
		before.forEach(key -> pending.deltas.merge(key, -1L, Long::sum));
		after.forEach(key -> pending.deltas.merge(key, 1L, Long::sum));
	}

	/** The non-zero counts of one tally, by key. */
	public Map<String, Long> read(String name) {
		return read(name, null);
	}

	/** The non-zero counts of one tally under these keys (all of its keys when null). */
	public Map<String, Long> read(String name, Collection<String> keys) {
		Map<String, Long> counts = new LinkedHashMap<>();
		if (keys != null && keys.isEmpty()) {
			return counts;
		}
		var query = this.jdbc
			.sql("select tally_key, n from tally where name = :name and n <> 0"
					+ ((keys != null) ? " and tally_key in (:keys)" : "") + " order by tally_key")
			.param("name", name);
		if (keys != null) {
			query = query.param("keys", keys);
		}
		query.query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2))).list();
		return withPending(name, counts, keys);
	}

	/** A write reading its own answer (a new source's standing) sees what it moved, not yet applied. */
	private static Map<String, Long> withPending(String name, Map<String, Long> counts, Collection<String> keys) {
		Pending pending = StoreChanges.boundIfAny(Pending.class);
		if (pending != null) {
			pending.deltas.forEach((key, delta) -> {
				if (key.name().equals(name) && (keys == null || keys.contains(key.key()))) {
					counts.merge(key.key(), delta, Long::sum);
				}
			});
		}
		counts.values().removeIf(n -> n == 0);
		return counts;
	}

	/** Replaces every tally with a count from scratch. Costs the whole store: never on a request. */
	@Transactional
	public void recountAll() {
		this.storeChanges.lockRevision();
		// What this transaction moved so far is in the recount.
		pending().deltas.clear();
		this.owners.orderedStream().forEach(owner -> owner.scratch().forEach((name, counts) -> {
			this.jdbc.sql("delete from tally where name = :name").param("name", name).update();
			counts.forEach((key, n) -> insert(new Key(name, key), n));
		}));
	}

	/** A store migrated to tallies, or freshly created, has none yet. */
	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.jdbc.sql("select count(*) from tally").query(Long.class).single() == 0) {
			recountAll();
		}
	}

	private void insert(Key key, long n) {
		this.jdbc.sql("insert into tally (name, tally_key, n) values (:name, :key, :n)")
			.param("name", key.name())
			.param("key", key.key())
			.param("n", n)
			.update();
	}

	private Pending pending() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			throw new IllegalStateException("Tallies move inside a transaction");
		}
		return StoreChanges.bound(Pending.class, Pending::new);
	}

	/** The deltas of one transaction, applied before it commits. */
	private final class Pending implements TransactionSynchronization {

		final Map<Key, Long> deltas = new LinkedHashMap<>();

		@Override
		public void beforeCommit(boolean readOnly) {
			if (this.deltas.values().stream().allMatch(delta -> delta == 0)) {
				return;
			}
			// Held to the commit, as by every writer's revision bump: a key is created by one writer only.
			Tallies.this.storeChanges.lockRevision();
			this.deltas.forEach((key, delta) -> {
				if (delta == 0) {
					return;
				}
				int updated = Tallies.this.jdbc
					.sql("update tally set n = n + :delta where name = :name and tally_key = :key")
					.param("delta", delta)
					.param("name", key.name())
					.param("key", key.key())
					.update();
				if (updated == 0) {
					insert(key, delta);
				}
			});
		}

	}

}
