package org.tradeline.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rows of a {@link Tracked} table in the order of their last change, then their id: what a sync
 * pages through and a change feed lists. Reads deleted rows too (JPA reads never see them), so a
 * syncing client learns of deletions. Every query is a range of the table's (updated_at, id) index.
 * Table names are the features' own constants, never request input.
 */
@Component
@Transactional(readOnly = true)
public class SyncRows {

	private static final OffsetDateTime END_OF_TIME = OffsetDateTime.of(9999, 12, 31, 0, 0, 0, 0, ZoneOffset.UTC);

	private final JdbcClient jdbc;

	SyncRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Which rows a query takes. */
	public enum Rows {

		LIVE("and deleted_at is null"), ALL(""), DELETED("and deleted_at is not null");

		private final String condition;

		Rows(String condition) {
			this.condition = condition;
		}

	}

	/**
	 * A row's place in the change order, the key that names it in URLs (a slug, or the id), and
	 * whether (since when) it is deleted.
	 */
	public record Row(long id, String key, Instant updatedAt, Instant deletedAt) {

		public boolean deleted() {
			return this.deletedAt != null;
		}

	}

	/**
	 * Up to {@code limit} rows changed at or after {@code since} and after the place ({@code afterAt},
	 * {@code afterId}), oldest change first; a null place means from {@code since} on.
	 */
	public List<Row> forward(String table, String keyColumn, Instant since, Instant afterAt, long afterId, Rows rows,
			int limit) {
		return bindForward(this.jdbc.sql("select id, " + keyColumn + " as sync_key, updated_at, deleted_at from " + table
				+ " where updated_at >= :since and (updated_at > :at or (updated_at = :at and id > :id)) "
				+ rows.condition + " order by updated_at, id limit :limit"), since, afterAt, afterId)
			.param("limit", limit)
			.query((rs, n) -> row(rs))
			.list();
	}

	/** How many rows {@link #forward} would find without a limit. */
	public long countForward(String table, Instant since, Instant afterAt, long afterId, Rows rows) {
		return bindForward(this.jdbc.sql("select count(*) from " + table
				+ " where updated_at >= :since and (updated_at > :at or (updated_at = :at and id > :id)) "
				+ rows.condition), since, afterAt, afterId)
			.query(Long.class)
			.single();
	}

	/**
	 * Up to {@code limit} rows changed before the place ({@code beforeAt}, {@code beforeId}), newest
	 * change first; a null place means from the newest on.
	 */
	public List<Row> backward(String table, String keyColumn, Instant beforeAt, long beforeId, Rows rows, int limit) {
		return this.jdbc
			.sql("select id, " + keyColumn + " as sync_key, updated_at, deleted_at from " + table
					+ " where (updated_at < :at or (updated_at = :at and id < :id)) " + rows.condition
					+ " order by updated_at desc, id desc limit :limit")
			.param("at", (beforeAt != null) ? utc(beforeAt) : END_OF_TIME)
			.param("id", (beforeAt != null) ? beforeId : Long.MAX_VALUE)
			.param("limit", limit)
			.query((rs, n) -> row(rs))
			.list();
	}

	private static StatementSpec bindForward(StatementSpec sql, Instant since, Instant afterAt, long afterId) {
		return sql.param("since", utc(since))
			.param("at", utc((afterAt != null) ? afterAt : since))
			.param("id", (afterAt != null) ? afterId : 0L);
	}

	private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
		OffsetDateTime deleted = rs.getObject("deleted_at", OffsetDateTime.class);
		return new Row(rs.getLong("id"), rs.getString("sync_key"), rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
				(deleted != null) ? deleted.toInstant() : null);
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
