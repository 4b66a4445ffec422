package org.tradeline.backup;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The tables a backup holds, in the order they are written and must be read back (referenced rows
 * before the rows referring to them), with the columns each row carries. Exporter, importer and the
 * OpenAPI schema all derive from this one list, and BackupRestoreTest checks it against the schema
 * so that a column added by a later migration cannot be silently left out.
 */
final class BackupFormat {

	static final String FORMAT = "tradeline-backup";

	static final int VERSION = 1;

	/** Value of store_change.revision after migration, before any write; see {@link BackupImport}. */
	static final long FRESH_REVISION = 1;

	private static final Column VERSION_COLUMN = Column.required("version", Type.BIGINT);

	private static final Column CREATED_AT = Column.required("created_at", Type.TIMESTAMP);

	static final Column UPDATED_AT = Column.required("updated_at", Type.TIMESTAMP);

	private static final Column DELETED_AT = Column.optional("deleted_at", Type.TIMESTAMP);

	static final List<Table> TABLES = List.of(
			new Table("claim_attribute", null, "code", Column.required("code", Type.TEXT),
					Column.required("label", Type.TEXT), Column.required("subject_type", Type.TEXT),
					Column.required("value_type", Type.TEXT), Column.required("single_valued", Type.BOOLEAN)),
			new Table("topic", "id", "id", Column.required("id", Type.BIGINT), Column.required("slug", Type.TEXT),
					Column.required("name", Type.TEXT), Column.required("description", Type.TEXT)),
			tracked("actor", Column.required("slug", Type.TEXT), Column.required("name", Type.TEXT),
					Column.required("kind", Type.TEXT), Column.optional("country", Type.TEXT),
					Column.optional("title", Type.TEXT)),
			tracked("source", Column.required("file_name", Type.TEXT), Column.optional("title", Type.TEXT),
					Column.optional("outlet", Type.TEXT), Column.optional("authors", Type.TEXT),
					Column.optional("url", Type.TEXT), Column.optional("language", Type.TEXT),
					Column.optional("published_on", Type.DATE), Column.optional("published_precision", Type.TEXT),
					Column.required("summary", Type.TEXT), Column.required("sha256", Type.TEXT),
					Column.required("state", Type.TEXT)),
			new Table("source_citation", null, "source_id, position", Column.required("source_id", Type.BIGINT),
					Column.required("position", Type.INTEGER), Column.required("name", Type.TEXT),
					Column.required("kind", Type.TEXT)),
			tracked("event", Column.required("slug", Type.TEXT), Column.required("title", Type.TEXT),
					Column.required("summary", Type.TEXT), Column.required("kind", Type.TEXT),
					Column.required("start_date", Type.DATE), Column.optional("end_date", Type.DATE),
					Column.required("date_precision", Type.TEXT), Column.optional("location", Type.TEXT),
					Column.required("state", Type.TEXT)),
			new Table("event_topic", null, "event_id, topic_id", Column.required("event_id", Type.BIGINT),
					Column.required("topic_id", Type.BIGINT)),
			new Table("event_participant", "id", "id", Column.required("id", Type.BIGINT),
					Column.required("event_id", Type.BIGINT), Column.required("actor_id", Type.BIGINT),
					Column.required("role", Type.TEXT), Column.required("side", Type.TEXT)),
			tracked("figure", Column.required("slug", Type.TEXT), Column.required("label", Type.TEXT),
					Column.required("amount", Type.DECIMAL), Column.required("unit", Type.TEXT),
					Column.optional("period_start", Type.DATE), Column.optional("period_end", Type.DATE),
					Column.optional("event_id", Type.BIGINT)),
			tracked("claim", Column.required("source_id", Type.BIGINT), Column.optional("event_id", Type.BIGINT),
					Column.optional("actor_id", Type.BIGINT), Column.optional("figure_id", Type.BIGINT),
					Column.required("attribute", Type.TEXT), Column.required("claim_value", Type.TEXT),
					Column.required("value_label", Type.TEXT), Column.required("excerpt", Type.TEXT),
					Column.required("state", Type.TEXT)),
			new Table("source_document", null, "source_id", Column.required("source_id", Type.BIGINT),
					Column.required("content_type", Type.TEXT), Column.required("body", Type.TEXT)),
			new Table("ingest_suggestion", null, "source_id, number", Column.required("source_id", Type.BIGINT),
					Column.required("number", Type.INTEGER), Column.required("subject_type", Type.TEXT),
					Column.optional("subject_slug", Type.TEXT), Column.optional("proposal", Type.TEXT),
					Column.optional("proposal_title", Type.TEXT), Column.required("attribute", Type.TEXT),
					Column.required("claim_value", Type.TEXT), Column.required("value_label", Type.TEXT),
					Column.required("start_offset", Type.INTEGER), Column.required("end_offset", Type.INTEGER),
					Column.required("excerpt", Type.TEXT), Column.required("rule", Type.TEXT),
					Column.required("confidence", Type.DECIMAL), Column.required("status", Type.TEXT),
					Column.optional("decided_by", Type.TEXT), Column.optional("decided_at", Type.TIMESTAMP),
					Column.optional("claim_id", Type.BIGINT), Column.optional("created_event", Type.TEXT)),
			revisions("event_revision", "event_id"), revisions("source_revision", "source_id"),
			// Never token_hash: a backup carries no secret, so imported tokens cannot authenticate.
			new Table("api_token", "id", "id", "token_hash",
					List.of(Column.required("id", Type.BIGINT), Column.required("name", Type.TEXT),
							Column.required("role", Type.TEXT), Column.required("created_by", Type.TEXT),
							Column.required("created_at", Type.TIMESTAMP), Column.optional("expires_at", Type.TIMESTAMP),
							Column.optional("revoked_at", Type.TIMESTAMP))),
			new Table("store_change", null, "id", Column.required("id", Type.INTEGER),
					Column.required("revision", Type.BIGINT), Column.required("changed_at", Type.TIMESTAMP),
					Column.optional("public_changed_at", Type.TIMESTAMP),
					Column.optional("previous_public_changed_at", Type.TIMESTAMP)));

	/**
	 * Stored but not in a backup, as table.column or a whole table: claim statuses, disputes and
	 * tallies are derived from the rest and rebuilt by an import; whether an event was ever published
	 * is derived by an import from its state and its revisions, which record the state before and
	 * after every change (backups of format version 1 were written before it was kept); the store change log
	 * only tells running instances which cached answers to drop, and the rate-limit windows only
	 * hold request budgets.
	 */
	static final Set<String> NOT_EXPORTED = Set.of("claim.status", "event.published_once", "dispute", "editor_dispute",
			"store_change_log", "tally", "rate_limit_window");

	private BackupFormat() {
	}

	/**
	 * What an import stores in a withheld column: unique per row, and never a SHA-256 in hex (it has a
	 * hyphen), so no bearer token can ever match it.
	 */
	static String withheldValue(Object id) {
		return "imported-" + id;
	}

	static Optional<Table> table(String name) {
		return TABLES.stream().filter(t -> t.name().equals(name)).findFirst();
	}

	/**
	 * The table of a {@link org.tradeline.store.Tracked} resource: its id, its own columns, then the
	 * version and timestamps every such resource has.
	 */
	private static Table tracked(String name, Column... own) {
		List<Column> columns = new ArrayList<>();
		columns.add(Column.required("id", Type.BIGINT));
		columns.addAll(List.of(own));
		columns.addAll(List.of(VERSION_COLUMN, CREATED_AT, UPDATED_AT, DELETED_AT));
		return new Table(name, "id", "id", null, List.copyOf(columns));
	}

	/** The table of a revision history ({@link org.tradeline.store.Revision}), whose owner is in ownerColumn. */
	private static Table revisions(String name, String ownerColumn) {
		return new Table(name, "id", "id", Column.required("id", Type.BIGINT), Column.required(ownerColumn, Type.BIGINT),
				Column.required("number", Type.INTEGER), Column.required("action", Type.TEXT),
				Column.required("author", Type.TEXT), Column.required("changed_at", Type.TIMESTAMP),
				Column.required("changes", Type.TEXT));
	}

	/** How a column's value is written in JSON. */
	enum Type {

		/** A JSON integer. */
		BIGINT,
		/** A JSON integer within 32 bits. */
		INTEGER,
		/** A JSON string. */
		TEXT,
		/** true or false. */
		BOOLEAN,
		/** An ISO date string, 2025-06-09. */
		DATE,
		/** An ISO-8601 instant in UTC, to the microsecond both databases store: 2025-06-09T10:15:30.123456Z. */
		TIMESTAMP,
		/** A decimal string as stored, scale included ("5000.0000"), so no precision is lost to floating point. */
		DECIMAL

	}

	record Column(String name, Type type, boolean nullable) {

		static Column required(String name, Type type) {
			return new Column(name, type, false);
		}

		static Column optional(String name, Type type) {
			return new Column(name, type, true);
		}

	}

	/**
	 * @param name the table
	 * @param identity the identity column whose sequence an import moves past the imported ids, if any
	 * @param orderBy the primary key, so that every export of the same store is the same document
	 * @param withheld a stored column never exported (a secret's hash), if any
	 * @param columns what each row carries
	 */
	record Table(String name, String identity, String orderBy, String withheld, List<Column> columns) {

		Table(String name, String identity, String orderBy, Column... columns) {
			this(name, identity, orderBy, null, List.of(columns));
		}

		String select() {
			return "select " + columnList() + " from " + this.name + " order by " + this.orderBy;
		}

		/** With the withheld column last, if any, to be given {@link BackupFormat#withheldValue}. */
		String insert() {
			String values = this.columns.stream().map(c -> "?").collect(Collectors.joining(", "));
			return (this.withheld == null)
					? "insert into " + this.name + " (" + columnList() + ") values (" + values + ")"
					: "insert into " + this.name + " (" + columnList() + ", " + this.withheld + ") values (" + values
							+ ", ?)";
		}

		private String columnList() {
			return this.columns.stream().map(Column::name).collect(Collectors.joining(", "));
		}

	}

}
