package org.tradeline.backup;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;

import org.tradeline.backup.BackupFormat.Table;
import org.tradeline.backup.BackupImport.ImportedBackup;
import org.tradeline.problem.InvalidRequestException;
import org.tradeline.problem.InvalidRequestException.Violation;

/**
 * One pass over a backup document, as a stream: the header, then the tables in the documented
 * order, each row checked ({@link BackupRowCheck}) and written in batches ({@link BackupTableWriter})
 * as it comes, so memory does not grow with the document. Violations are gathered up to a limit
 * and thrown together; once there is one, nothing more is written.
 */
final class BackupReader {

	private static final int BATCH = 500;

	private static final int MAX_VIOLATIONS = 20;

	private final JsonParser parser;

	/** Reads one value (a row, a header field) where the parser stands; more follows, by design. */
	private final ObjectReader valueReader;

	private final BackupTableWriter writer;

	private final long revisionBefore;

	private final List<Violation> violations = new ArrayList<>();

	private final BackupRowCheck check = new BackupRowCheck(this.violations);

	private final Map<String, Integer> rows = new LinkedHashMap<>();

	private String format;

	private Integer version;

	private Instant exportedAt;

	private long importedRevision;

	private Instant importedChangedAt;

	private Instant importedPublicChangedAt;

	private Instant importedPreviousPublicChangedAt;

	/** @param revisionBefore the store's revision before the import, which the imported one must pass */
	BackupReader(JsonParser parser, ObjectReader valueReader, BackupTableWriter writer, long revisionBefore) {
		this.parser = parser;
		this.valueReader = valueReader;
		this.writer = writer;
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
			JsonNode value = this.valueReader.readValue(this.parser);
			switch (name) {
				case "format" -> this.format = value.isString() ? value.stringValue() : null;
				case "version" -> this.version = (value.isIntegralNumber() && value.canConvertToInt())
						? value.intValue() : null;
				case "exportedAt" -> this.exportedAt = value.isString() ? ValueRanges.happenedAt(value.stringValue())
						: null;
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
			violation("exportedAt", "exportedAt must be an ISO-8601 instant from " + ValueRanges.FIRST_INSTANT + " to "
					+ ValueRanges.LAST_INSTANT + " and come before tables");
		}
		throwIfAny();
	}

	private void readTables() {
		expect(this.parser.currentToken() == JsonToken.START_OBJECT, "tables", "tables must be an object");
		this.writer.clearSeed();
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
			this.writer.finish(Math.max(this.importedRevision, this.revisionBefore) + 1, this.importedChangedAt,
					this.importedPublicChangedAt, this.importedPreviousPublicChangedAt, this.check.publishedEvents());
		}
	}

	private void readRows(Table table) {
		String path = "tables." + table.name();
		expect(this.parser.currentToken() == JsonToken.START_ARRAY, path, path + " must be an array of rows");
		List<Object[]> batch = new ArrayList<>(BATCH);
		int index = 0;
		while (this.parser.nextToken() != JsonToken.END_ARRAY) {
			JsonNode row = this.valueReader.readValue(this.parser);
			String at = path + "[" + index + "]";
			Object[] values = this.check.values(table, row, at);
			// store_change is not inserted: the writer's finish sets its one row from the backup's.
			if (values != null && BackupTableWriter.STORE_CHANGE.equals(table.name())) {
				storeChange(values, at);
			}
			else if (values != null && this.violations.isEmpty()) {
				batch.add(values);
				if (batch.size() == BATCH) {
					this.writer.insert(table, batch, index + 1 - batch.size());
				}
			}
			index++;
			if (this.violations.size() >= MAX_VIOLATIONS) {
				throwIfAny();
			}
		}
		this.check.tableRead(table);
		if (this.violations.isEmpty()) {
			this.writer.insert(table, batch, index - batch.size());
		}
		if (BackupTableWriter.STORE_CHANGE.equals(table.name()) && index != 1) {
			violation(path, path + " must hold exactly one row");
		}
		this.rows.put(table.name(), index);
	}

	/**
	 * The backup's own revision and times of last change, from its one store_change row. A backup
	 * written before the public view's time was exported has none: the store's stands for it (never
	 * earlier than what the public was shown).
	 */
	private void storeChange(Object[] values, String path) {
		if (!values[0].equals(1)) {
			violation(path + ".id", "store_change has the one row with id 1");
			return;
		}
		this.importedRevision = (Long) values[1];
		this.importedChangedAt = ((OffsetDateTime) values[2]).toInstant();
		this.importedPublicChangedAt = (values[3] != null) ? ((OffsetDateTime) values[3]).toInstant()
				: this.importedChangedAt;
		this.importedPreviousPublicChangedAt = (values[3] != null && values[4] != null)
				? ((OffsetDateTime) values[4]).toInstant() : null;
		// Every public change is a change of the store, and comes after the one before it.
		if (this.importedPublicChangedAt.isAfter(this.importedChangedAt)) {
			violation(path + ".public_changed_at", path + ".public_changed_at must not be after changed_at");
		}
		if (this.importedPreviousPublicChangedAt != null
				&& this.importedPreviousPublicChangedAt.isAfter(this.importedPublicChangedAt)) {
			violation(path + ".previous_public_changed_at",
					path + ".previous_public_changed_at must not be after public_changed_at");
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
