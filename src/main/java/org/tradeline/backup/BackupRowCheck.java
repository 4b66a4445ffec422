package org.tradeline.backup;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;

import org.tradeline.calendar.IsoDate;
import org.tradeline.backup.BackupFormat.Column;
import org.tradeline.backup.BackupFormat.Table;
import org.tradeline.problem.InvalidRequestException.Violation;

/**
 * Turns the rows of one backup into column values, holding each to its column's type and to the
 * rules the API holds the same values to. What does not fit is noted as a violation, by its path in
 * the document; claims are checked against the attributes the same backup declared before them.
 */
final class BackupRowCheck {

	private final List<Violation> violations;

	/** Attribute code to value type, from tables.claim_attribute, for the claims that follow it. */
	private final Map<String, String> valueTypes = new HashMap<>();

	/** A source's document length, from tables.source_document, for the suggestions that index it. */
	private final Map<Long, Integer> documentLengths = new HashMap<>();

	/** @param violations where what does not fit is noted */
	BackupRowCheck(List<Violation> violations) {
		this.violations = violations;
	}

	/** The row's values in column order, or null (with violations noted) if it does not fit. */
	Object[] values(Table table, JsonNode row, String path) {
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
					return IsoDate.parseStored(node.isString() ? node.stringValue() : "");
				}
				catch (DateTimeParseException ex) {
					violation(path, path + " must be " + IsoDate.STORED);
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
		if ("source".equals(table.name())) {
			int on = table.columns().indexOf(column(table, "published_on"));
			int precision = table.columns().indexOf(column(table, "published_precision"));
			if ((values[on] == null) != (values[precision] == null)) {
				violation(path + ".published_precision",
						path + ".published_on and published_precision are given together or not at all");
			}
		}
		if ("source_document".equals(table.name()) && values[0] instanceof Long source && values[2] instanceof String body) {
			this.documentLengths.put(source, body.length());
		}
		if ("ingest_suggestion".equals(table.name())) {
			checkExcerpt(table, values, path);
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

	private static Column column(Table table, String name) {
		return table.columns().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
	}

	private void violation(String path, String message) {
		this.violations.add(new Violation(path, message));
	}

	/**
	 * A suggestion's excerpt is its document's text from start_offset to end_offset (docs/ingest.md):
	 * the offsets lie within the document, and the excerpt is as long as the span they mark.
	 */
	private void checkExcerpt(Table table, Object[] values, String path) {
		if (!(values[table.columns().indexOf(column(table, "start_offset"))] instanceof Integer start)
				|| !(values[table.columns().indexOf(column(table, "end_offset"))] instanceof Integer end)
				|| !(values[table.columns().indexOf(column(table, "excerpt"))] instanceof String excerpt) || start < 0) {
			return; // a negative offset is noted with the other negative integers
		}
		Integer length = this.documentLengths.get(values[0]);
		if (end < start) {
			violation(path + ".end_offset", path + ".end_offset must not be before start_offset");
		}
		else if (length != null && end > length) {
			violation(path + ".end_offset",
					path + ".end_offset must not be past the end of its document (" + length + " characters)");
		}
		else if (excerpt.length() != end - start) {
			violation(path + ".excerpt", path + ".excerpt must be the document's text from start_offset to end_offset ("
					+ (end - start) + " characters, not " + excerpt.length() + ")");
		}
	}

	/** An ISO-8601 instant with an offset, or null if the text is not one. */
	static Instant instant(String text) {
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

}
