package org.tradeline.backup;

import java.io.InputStream;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tradeline.backup.BackupFormat.Column;
import org.tradeline.backup.BackupFormat.Table;
import org.tradeline.problem.ConflictException;
import org.tradeline.problem.InvalidRequestException.Violation;
import org.tradeline.problem.InvalidRequestException;
import org.tradeline.problem.PayloadTooLargeException;
import org.tradeline.provenance.DerivedProvenance;

/**
 * Replaces the content of a fresh store with a backup, in one transaction: the seed rows go, the
 * backup's rows come in with their ids, timestamps and versions, identity sequences move past the
 * imported ids, and store_change takes the backup's time (so Last-Modified and the feeds match the
 * original) with a revision above any this instance has served (so every cache refreshes).
 * <p>
 * The document is read as a stream, one row at a time, so memory does not grow with its size; that
 * is why the header must precede "tables" and the tables must come in the documented order. Any
 * problem rolls everything back: 400 for a bad document, 409 for a store that is not fresh.
 */
@Component
class BackupImport {

	private static final String STORE_CHANGE = "store_change";

	private static final int BATCH = 500;

	private static final int MAX_VIOLATIONS = 20;

	private static final Logger log = LoggerFactory.getLogger(BackupImport.class);

	private final JdbcTemplate jdbc;

	private final JsonMapper mapper;

	/** Reads one value (a row, a header field) where the parser stands; more follows, by design. */
	private final ObjectReader valueReader;

	private final DerivedProvenance derived;

	BackupImport(DataSource dataSource, JsonMapper mapper, DerivedProvenance derived) {
		this.jdbc = new JdbcTemplate(dataSource);
		this.mapper = mapper;
		this.derived = derived;
		this.valueReader = mapper.readerFor(JsonNode.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
	}

	/**
	 * Fresh means nothing was written since the schema was migrated and seeded: the store revision is
	 * still its initial value and no API token exists (issuing tokens does not move the revision).
	 */
	@Transactional(rollbackFor = Exception.class)
	public ImportedBackup restore(InputStream body) throws PayloadTooLargeException {
		// Locks the row every write updates, so no write or second import can interleave.
		long revision = this.jdbc.queryForObject("select revision from store_change where id = 1 for update",
				Long.class);
		long tokens = this.jdbc.queryForObject("select count(*) from api_token", Long.class);
		if (revision != BackupFormat.FRESH_REVISION || tokens > 0) {
			throw new ConflictException("Backups are imported only into a fresh store (no write and no token since "
					+ "it was set up); this one has store revision " + revision + " and " + tokens + " tokens");
		}
		try (JsonParser parser = this.mapper.createParser(body)) {
			return new Reader(parser, revision).read();
		}
		catch (JacksonException ex) {
			for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
				if (cause instanceof PayloadTooLargeException tooLarge) {
					throw tooLarge;
				}
			}
			String where = (ex.getLocation() != null)
					? " (line " + ex.getLocation().getLineNr() + ", column " + ex.getLocation().getColumnNr() + ")" : "";
			throw new InvalidRequestException("", "The backup is not well-formed JSON" + where);
		}
	}

	/** What was imported: the backup's header and the rows per table. */
	record ImportedBackup(String format, int version, Instant exportedAt, Map<String, Integer> rows) {
	}

	/** One pass over the document. */
	private final class Reader {

		private final JsonParser parser;

		private final long revisionBefore;

		private final List<Violation> violations = new ArrayList<>();

		private final Map<String, Integer> rows = new LinkedHashMap<>();

		private final Map<String, Long> nextIdBefore = new LinkedHashMap<>();

		/** Attribute code to value type, from tables.claim_attribute, for the claims that follow it. */
		private final Map<String, String> valueTypes = new HashMap<>();

		private String format;

		private Integer version;

		private Instant exportedAt;

		private long importedRevision;

		private Instant importedChangedAt;

		Reader(JsonParser parser, long revisionBefore) {
			this.parser = parser;
			this.revisionBefore = revisionBefore;
		}

		ImportedBackup read() {
			expect(this.parser.nextToken() == JsonToken.START_OBJECT, "", "A backup is a JSON object");
			boolean tables = false;
			while (this.parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = this.parser.currentName();
				this.parser.nextToken();
				if (name.equals("tables")) {
					checkHeader();
					tables = true;
					readTables();
					continue;
				}
				JsonNode value = valueReader.readValue(this.parser);
				switch (name) {
					case "format" -> this.format = value.isString() ? value.stringValue() : null;
					case "version" -> this.version = (value.isIntegralNumber() && value.canConvertToInt())
							? value.intValue() : null;
					case "exportedAt" -> this.exportedAt = value.isString() ? instant(value.stringValue()) : null;
					default -> violation(name, "Unknown field '" + name + "'");
				}
			}
			expect(this.parser.nextToken() == null, "", "Nothing may follow the backup object");
			if (!tables) {
				checkHeader();
				violation("tables", "tables is missing");
			}
			throwIfAny();
			return new ImportedBackup(this.format, this.version, this.exportedAt, this.rows);
		}

		private void checkHeader() {
			if (!BackupFormat.FORMAT.equals(this.format)) {
				violation("format", "format must be \"" + BackupFormat.FORMAT + "\" and come before tables");
			}
			if (this.version == null || this.version != BackupFormat.VERSION) {
				violation("version", "This service reads backup version " + BackupFormat.VERSION
						+ " (given before tables); the document has " + this.version);
			}
			if (this.exportedAt == null) {
				violation("exportedAt", "exportedAt must be an ISO-8601 instant and come before tables");
			}
			throwIfAny();
		}

		private void readTables() {
			expect(this.parser.currentToken() == JsonToken.START_OBJECT, "tables", "tables must be an object");
			clearSeed();
			int next = 0;
			while (this.parser.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = this.parser.currentName();
				Table table = BackupFormat.table(name).orElse(null);
				this.parser.nextToken();
				if (table == null) {
					violation("tables." + name, "Unknown table '" + name + "'");
					this.parser.skipChildren();
					continue;
				}
				int position = BackupFormat.TABLES.indexOf(table);
				if (position < next) {
					violation("tables." + name, name + " is out of order or repeated; tables come in the order of "
							+ "docs/backup-format.md");
					this.parser.skipChildren();
					continue;
				}
				for (Table skipped : BackupFormat.TABLES.subList(next, position)) {
					violation("tables." + skipped.name(), skipped.name() + " is missing (an empty table is [])");
				}
				next = position + 1;
				readRows(table);
			}
			for (Table skipped : BackupFormat.TABLES.subList(next, BackupFormat.TABLES.size())) {
				violation("tables." + skipped.name(), skipped.name() + " is missing (an empty table is [])");
			}
			if (this.violations.isEmpty()) {
				finish();
			}
		}

		private void readRows(Table table) {
			String path = "tables." + table.name();
			expect(this.parser.currentToken() == JsonToken.START_ARRAY, path, path + " must be an array of rows");
			List<Object[]> batch = new ArrayList<>(BATCH);
			int index = 0;
			while (this.parser.nextToken() != JsonToken.END_ARRAY) {
				JsonNode row = valueReader.readValue(this.parser);
				Object[] values = values(table, row, path + "[" + index + "]");
				// store_change is not inserted: finish() sets its one row from the backup's.
				if (values != null && this.violations.isEmpty() && !STORE_CHANGE.equals(table.name())) {
					batch.add(values);
					if (batch.size() == BATCH) {
						insert(table, batch, index + 1 - batch.size());
					}
				}
				index++;
				if (this.violations.size() >= MAX_VIOLATIONS) {
					throwIfAny();
				}
			}
			if (this.violations.isEmpty()) {
				insert(table, batch, index - batch.size());
			}
			if (STORE_CHANGE.equals(table.name()) && index != 1) {
				violation(path, path + " must hold exactly one row");
			}
			this.rows.put(table.name(), index);
		}

		/** The row's values in column order, or null (with violations noted) if it does not fit. */
		private Object[] values(Table table, JsonNode row, String path) {
			if (!row.isObject()) {
				violation(path, path + " must be an object");
				return null;
			}
			int before = this.violations.size();
			Set<String> unknown = new TreeSet<>(row.propertyNames());
			Object[] values = new Object[table.columns().size()];
			for (int i = 0; i < values.length; i++) {
				Column column = table.columns().get(i);
				unknown.remove(column.name());
				values[i] = value(column, row.get(column.name()), path + "." + column.name());
			}
			unknown.forEach(name -> violation(path + "." + name, "Unknown column '" + name + "'"));
			if (this.violations.size() == before) {
				checkRules(table, values, path);
			}
			if (STORE_CHANGE.equals(table.name()) && this.violations.size() == before && !values[0].equals(1)) {
				violation(path + ".id", "store_change has the one row with id 1");
			}
			if (STORE_CHANGE.equals(table.name()) && this.violations.size() == before) {
				this.importedRevision = (Long) values[1];
				this.importedChangedAt = ((OffsetDateTime) values[2]).toInstant();
			}
			return (this.violations.size() == before) ? values : null;
		}

		private Object value(Column column, JsonNode node, String path) {
			if (node == null || node.isNull()) {
				if (!column.nullable()) {
					violation(path, path + " is required");
				}
				return null;
			}
			switch (column.type()) {
				case BIGINT, INTEGER -> {
					boolean fits = node.isIntegralNumber()
							&& (column.type() == BackupFormat.Type.BIGINT ? node.canConvertToLong() : node.canConvertToInt());
					if (fits) {
						return (column.type() == BackupFormat.Type.BIGINT) ? (Object) node.longValue() : node.intValue();
					}
					violation(path, path + " must be an integer");
				}
				case BOOLEAN -> {
					if (node.isBoolean()) {
						return node.booleanValue();
					}
					violation(path, path + " must be true or false");
				}
				case TEXT -> {
					if (node.isString()) {
						return node.stringValue();
					}
					violation(path, path + " must be a string");
				}
				case DATE -> {
					try {
						return LocalDate.parse(node.isString() ? node.stringValue() : "");
					}
					catch (DateTimeParseException ex) {
						violation(path, path + " must be an ISO date (yyyy-MM-dd)");
					}
				}
				case TIMESTAMP -> {
					Instant instant = node.isString() ? instant(node.stringValue()) : null;
					if (instant != null) {
						return instant.atOffset(ZoneOffset.UTC);
					}
					violation(path, path + " must be an ISO-8601 instant");
				}
				case DECIMAL -> {
					try {
						return new BigDecimal(node.isString() ? node.stringValue() : "");
					}
					catch (NumberFormatException ex) {
						violation(path, path + " must be a decimal string");
					}
				}
			}
			return null;
		}

		/**
		 * The rules the API holds the same values to when they are written ({@link ColumnRule}: the
		 * API's text rule and slug shape, its enums, its parser of claim values), so that no backup can
		 * store what the API would refuse; and keys that are positive, as the database's identities
		 * hand them out. Lengths are the columns' own, checked here so that an overlong value is
		 * reported by its column rather than by the database.
		 */
		private void checkRules(Table table, Object[] values, String path) {
			for (int i = 0; i < values.length; i++) {
				Column column = table.columns().get(i);
				String at = path + "." + column.name();
				if (values[i] instanceof Long key && isKey(column) && key < 1) {
					violation(at, at + " must be a positive id");
				}
				if (values[i] instanceof Integer number && number < 0) {
					violation(at, at + " must not be negative");
				}
				if (values[i] instanceof String text) {
					String problem = ColumnRule.problem(table.name() + "." + column.name(), text);
					if (problem != null) {
						violation(at, at + " " + problem);
					}
				}
			}
			if ("claim_attribute".equals(table.name()) && values[0] instanceof String code
					&& values[3] instanceof String valueType) {
				this.valueTypes.put(code, valueType);
			}
			if ("claim".equals(table.name())) {
				String valueType = this.valueTypes.get(values[5]);
				if (valueType == null) {
					violation(path + ".attribute", path + ".attribute is not an attribute of tables.claim_attribute");
				}
				else if (values[6] instanceof String value && !ColumnRule.parsesAs(valueType, value)) {
					violation(path + ".claim_value", path + ".claim_value does not parse as a value of type " + valueType);
				}
			}
		}

		private void insert(Table table, List<Object[]> batch, int first) {
			if (batch.isEmpty()) {
				return;
			}
			try {
				jdbc.batchUpdate(table.insert(), new BatchPreparedStatementSetter() {

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
				violation(rows, "A row in " + rows + " conflicts with another row or refers to a row that is not "
						+ "there (a slug or key given twice, a reference to a missing id, an end before a start)");
				throwIfAny();
			}
			batch.clear();
		}

		/** Deletes what the migrations seeded, referring rows first, noting the ids used so far. */
		private void clearSeed() {
			for (Table table : BackupFormat.TABLES) {
				if (table.identity() != null) {
					this.nextIdBefore.put(table.name(), nextId(table));
				}
			}
			for (int i = BackupFormat.TABLES.size() - 1; i >= 0; i--) {
				Table table = BackupFormat.TABLES.get(i);
				if (!STORE_CHANGE.equals(table.name())) {
					jdbc.update("delete from " + table.name());
				}
			}
		}

		private long nextId(Table table) {
			return jdbc.queryForObject(
					"select coalesce(max(" + table.identity() + "), 0) + 1 from " + table.name(), Long.class);
		}

		/**
		 * Sequences restart past both the imported ids and any id used before, so that even if the
		 * transaction rolled back after this point (a restart is not transactional on either
		 * database) no id could be handed out twice.
		 */
		private void finish() {
			// Claim statuses and disputes are not in a backup: they follow from the claims.
			derived.rebuild();
			jdbc.update("update store_change set revision = ?, changed_at = ? where id = 1",
					Math.max(this.importedRevision, this.revisionBefore) + 1,
					this.importedChangedAt.atOffset(ZoneOffset.UTC));
			for (Table table : BackupFormat.TABLES) {
				if (table.identity() != null) {
					long next = Math.max(nextId(table), this.nextIdBefore.get(table.name()));
					jdbc.execute("alter table " + table.name() + " alter column " + table.identity() + " restart with "
							+ next);
				}
			}
		}

		private void expect(boolean condition, String path, String message) {
			if (!condition) {
				violation(path, message);
				throwIfAny();
			}
		}

		private void violation(String path, String message) {
			this.violations.add(new Violation(path, message));
		}

		private void throwIfAny() {
			if (!this.violations.isEmpty()) {
				throw new InvalidRequestException(this.violations);
			}
		}

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

	private static Instant instant(String text) {
		try {
			return (text != null) ? OffsetDateTime.parse(text).toInstant() : null;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static boolean isKey(Column column) {
		return column.name().equals("id") || column.name().endsWith("_id");
	}

	private static String firstLine(DataAccessException ex) {
		String message = String.valueOf(ex.getMostSpecificCause().getMessage());
		int end = message.indexOf('\n');
		return (end < 0) ? message : message.substring(0, end);
	}

}
