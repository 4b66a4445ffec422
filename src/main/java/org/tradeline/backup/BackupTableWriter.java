package org.tradeline.backup;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.tradeline.backup.BackupFormat.Column;
import org.tradeline.backup.BackupFormat.Table;
import org.tradeline.problem.InvalidRequestException;
import org.tradeline.problem.InvalidRequestException.Violation;
import org.tradeline.provenance.DerivedProvenance;

/**
 * Writes one backup's rows into the store, in the import's transaction: the seed goes first, checked
 * rows come in batches with their own ids, and the import ends by rebuilding what is derived, setting
 * store_change and moving identity sequences past every id.
 */
final class BackupTableWriter {

	/** The one table whose row is not replaced but set by {@link #finish}. */
	static final String STORE_CHANGE = "store_change";

	// Under the import's name: an operator looks for what an import did there.
	private static final Logger log = LoggerFactory.getLogger(BackupImport.class);

	private final JdbcTemplate jdbc;

	private final DerivedProvenance derived;

	private final Map<String, Long> nextIdBefore = new LinkedHashMap<>();

	BackupTableWriter(JdbcTemplate jdbc, DerivedProvenance derived) {
		this.jdbc = jdbc;
		this.derived = derived;
	}

	/** Deletes what the migrations seeded, referring rows first, noting the ids used so far. */
	void clearSeed() {
		for (Table table : BackupFormat.TABLES) {
			if (table.identity() != null) {
				this.nextIdBefore.put(table.name(), nextId(table));
			}
		}
		for (int i = BackupFormat.TABLES.size() - 1; i >= 0; i--) {
			Table table = BackupFormat.TABLES.get(i);
			if (!STORE_CHANGE.equals(table.name())) {
				this.jdbc.update("delete from " + table.name());
			}
		}
	}

	/**
	 * Inserts the batch (rows {@code first} onwards of the table) and empties it; a row the database
	 * refuses is the document's fault, reported by its place in the document.
	 */
	void insert(Table table, List<Object[]> batch, int first) {
		if (batch.isEmpty()) {
			return;
		}
		try {
			this.jdbc.batchUpdate(table.insert(), new BatchPreparedStatementSetter() {

				@Override
				public void setValues(PreparedStatement statement, int i) throws SQLException {
					bind(statement, table, batch.get(i));
				}

				@Override
				public int getBatchSize() {
					return batch.size();
				}

			});
		}
		// Only a refused row is the document's fault; an unreachable database stays a 503.
		catch (DataIntegrityViolationException ex) {
			String rows = "tables." + table.name() + "[" + first + ".." + (first + batch.size() - 1) + "]";
			// The database's own words name constraints, schemas and SQL: logged, never returned.
			log.info("Backup import: the database refused a row in {}: {}", rows, firstLine(ex));
			throw new InvalidRequestException(List.of(new Violation(rows, "A row in " + rows
					+ " conflicts with another row or refers to a row that is not there (a slug or key given twice, "
					+ "a reference to a missing id, an end before a start)")));
		}
		batch.clear();
	}

	/**
	 * Sequences restart past both the imported ids and any id used before, so that even if the
	 * transaction rolled back after this point (a restart is not transactional on either
	 * database) no id could be handed out twice.
	 * @param revision the store revision to set: above the backup's and this store's
	 * @param changedAt the backup's last change
	 * @param publicChangedAt the backup's last change the public saw (the Last-Modified of answers
	 * without a token), and previousPublicChangedAt the one before it, if known
	 * @param publishedEvents the events whose revisions show them published: with those published now,
	 * the events the public saw
	 */
	void finish(long revision, Instant changedAt, Instant publicChangedAt, Instant previousPublicChangedAt,
			Collection<Long> publishedEvents) {
		// Claim statuses and disputes are not in a backup: they follow from the claims.
		this.derived.rebuild();
		this.jdbc.update("update event set published_once = (state = 'PUBLISHED')");
		this.jdbc.batchUpdate("update event set published_once = true where id = ?",
				publishedEvents.stream().map(id -> new Object[] { id }).toList());
		this.jdbc.update("update store_change set revision = ?, changed_at = ?, public_changed_at = ?,"
				+ " previous_public_changed_at = ? where id = 1", revision, changedAt.atOffset(ZoneOffset.UTC),
				publicChangedAt.atOffset(ZoneOffset.UTC),
				new SqlParameterValue(Types.TIMESTAMP_WITH_TIMEZONE,
						(previousPublicChangedAt != null) ? previousPublicChangedAt.atOffset(ZoneOffset.UTC) : null));
		for (Table table : BackupFormat.TABLES) {
			if (table.identity() != null) {
				long next = Math.max(nextId(table), this.nextIdBefore.get(table.name()));
				this.jdbc.execute("alter table " + table.name() + " alter column " + table.identity() + " restart with "
						+ next);
			}
		}
	}

	private long nextId(Table table) {
		return this.jdbc.queryForObject(
				"select coalesce(max(" + table.identity() + "), 0) + 1 from " + table.name(), Long.class);
	}

	private static void bind(PreparedStatement statement, Table table, Object[] values) throws SQLException {
		if (table.withheld() != null) {
			statement.setString(values.length + 1, BackupFormat.withheldValue(values[0]));
		}
		for (int i = 0; i < values.length; i++) {
			Column column = table.columns().get(i);
			if (values[i] != null) {
				statement.setObject(i + 1, values[i]);
				continue;
			}
			statement.setNull(i + 1, switch (column.type()) {
				case BIGINT -> Types.BIGINT;
				case INTEGER -> Types.INTEGER;
				case BOOLEAN -> Types.BOOLEAN;
				case TEXT -> Types.VARCHAR;
				case DATE -> Types.DATE;
				case TIMESTAMP -> Types.TIMESTAMP_WITH_TIMEZONE;
				case DECIMAL -> Types.NUMERIC;
			});
		}
	}

	private static String firstLine(DataAccessException ex) {
		String message = String.valueOf(ex.getMostSpecificCause().getMessage());
		int end = message.indexOf('\n');
		return (end < 0) ? message : message.substring(0, end);
	}

}
