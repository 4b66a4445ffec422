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

	/**
	 * What the public sees of a table, as two SQL conditions on its rows: those in its view, and those
	 * that left it after it could see them. A row that is neither (a draft never published) is in no
	 * sync or feed, so they name nothing an editor has not published. Conditions are the features'
	 * own constants, never request input.
	 * @param seen the rows the public sees now
	 * @param left the rows it saw that are gone from its view (shown as tombstones)
	 */
	public record PublicView(String seen, String left) {

		/** Every live row is seen; every deleted row was. */
		public static final PublicView LIVE_ROWS = new PublicView("deleted_at is null", "deleted_at is not null");

		/** A table with a publication state whose publishing is one way: its rows leave only by deletion. */
		public static final PublicView PUBLISHED_ROWS = new PublicView("deleted_at is null and state = 'PUBLISHED'",
				"deleted_at is not null and state = 'PUBLISHED'");

	}

	/** Which rows a query takes. */
	public enum Rows {

		SEEN, SEEN_OR_LEFT, LEFT;

		private String condition(PublicView view) {
			return switch (this) {
				case SEEN -> " and (" + view.seen() + ")";
				case SEEN_OR_LEFT -> " and ((" + view.seen() + ") or (" + view.left() + "))";
				case LEFT -> " and (" + view.left() + ")";
			};
		}

	}

	/**
	 * A row's place in the change order, the key that names it in URLs (a slug, or the id), and
	 * since when it is gone from the public view (deleted, or a draft again), or null while seen.
	 */
	public record Row(long id, String key, Instant updatedAt, Instant goneAt) {

		public boolean gone() {
			return this.goneAt != null;
		}

	}

	/**
	 * Up to {@code limit} rows changed at or after {@code since} and after the place ({@code afterAt},
	 * {@code afterId}), oldest change first; a null place means from {@code since} on.
	 */
	public List<Row> forward(String table, String keyColumn, PublicView view, Instant since, Instant afterAt,
			long afterId, Rows rows, int limit) {
		return bindForward(this.jdbc.sql(select(keyColumn, view) + " from " + table
				+ " where updated_at >= :since and (updated_at > :at or (updated_at = :at and id > :id))"
				+ rows.condition(view) + " order by updated_at, id limit :limit"), since, afterAt, afterId)
			.param("limit", limit)
			.query((rs, n) -> row(rs))
			.list();
	}

	/** How many rows {@link #forward} would find without a limit. */
	public long countForward(String table, PublicView view, Instant since, Instant afterAt, long afterId, Rows rows) {
		return bindForward(this.jdbc.sql("select count(*) from " + table
				+ " where updated_at >= :since and (updated_at > :at or (updated_at = :at and id > :id))"
				+ rows.condition(view)), since, afterAt, afterId)
			.query(Long.class)
			.single();
	}

	/**
	 * Up to {@code limit} rows changed before the place ({@code beforeAt}, {@code beforeId}), newest
	 * change first; a null place means from the newest on.
	 */
	public List<Row> backward(String table, String keyColumn, PublicView view, Instant beforeAt, long beforeId,
			Rows rows, int limit) {
		return this.jdbc
			.sql(select(keyColumn, view) + " from " + table + " where (updated_at < :at or (updated_at = :at and id < :id))"
					+ rows.condition(view) + " order by updated_at desc, id desc limit :limit")
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

	// A row that left the view without being deleted (unpublished) left it at its last change.
	private static String select(String keyColumn, PublicView view) {
		return "select id, " + keyColumn + " as sync_key, updated_at, case when " + view.seen()
				+ " then null else coalesce(deleted_at, updated_at) end as gone_at";
	}

	private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
		OffsetDateTime gone = rs.getObject("gone_at", OffsetDateTime.class);
		return new Row(rs.getLong("id"), rs.getString("sync_key"), rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
				(gone != null) ? gone.toInstant() : null);
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
