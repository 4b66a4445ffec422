package org.tradeline.backup;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;

import org.tradeline.backup.BackupFormat.Column;
import org.tradeline.backup.BackupFormat.Table;
import org.tradeline.calendar.DatePrecision;
import org.tradeline.calendar.IsoDate;
import org.tradeline.event.EventDate;
import org.tradeline.figure.FigureRules;
import org.tradeline.problem.InvalidRequestException.Violation;
import org.tradeline.store.PublicationState;

/**
 * Turns the rows of one backup into column values, holding each to its column's type and to the
 * rules the API holds the same values to. What does not fit is noted as a violation, by its path in
 * the document; claims and suggestions are checked against the rows the same backup holds before them
 * ({@link ClaimRowCheck}).
 */
final class BackupRowCheck {

	private final List<Violation> violations;

	private final ClaimRowCheck claims = new ClaimRowCheck(this::violation);

	private final CitationRowCheck citations = new CitationRowCheck(this::violation);

	private final ReferenceRowCheck references = new ReferenceRowCheck(this::violation);

	private final SuggestionRowCheck suggestions = new SuggestionRowCheck(this::violation);

	/** The events a revision shows published, from tables.event_revision: the ones the public saw. */
	private final Set<Long> publishedEvents = new HashSet<>();

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
				Instant instant = node.isString() ? ValueRanges.instant(column, node.stringValue()) : null;
				if (instant != null) {
					return instant.atOffset(ZoneOffset.UTC);
				}
				violation(path, path + " must be " + ValueRanges.instantRange(column));
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
	 * The rules the API holds the same values to when they are written, so that no backup can store
	 * what the API would refuse (and every read would then fail on): per column ({@link ColumnRule}:
	 * the API's text rule and slug shape, its enums), and between columns by the API's own rules (an
	 * event's dates, a figure's amount and period, a claim's subject, attribute, value and source, a
	 * suggestion's span, confidence and value), against the backup's own rows where they refer to
	 * others, as the store is empty while it imports ({@link ReferenceRowCheck}). Integers and instants
	 * lie in their ranges ({@link ValueRanges}), and a row changes no earlier than it was made. Lengths
	 * are the columns' own, checked here so that an overlong value is reported by its column rather than
	 * by the database.
	 */
	private void checkRules(Table table, Object[] values, String path) {
		int before = this.violations.size();
		for (int i = 0; i < values.length; i++) {
			Column column = table.columns().get(i);
			String at = path + "." + column.name();
			String range = (values[i] instanceof Long number) ? ValueRanges.integerProblem(column, number) : null;
			if (range != null) {
				violation(at, at + " " + range);
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
		if (this.violations.size() > before) {
			return; // the rules between columns read codes and values that fit their columns
		}
		if (table.columns().contains(BackupFormat.UPDATED_AT) && ValueRanges.changedBeforeCreated(
				(OffsetDateTime) value(table, values, "created_at"), (OffsetDateTime) value(table, values, "updated_at"))) {
			violation(path + ".updated_at", path + ".updated_at must not be before created_at");
		}
		switch (table.name()) {
			case "source" -> {
				if ((value(table, values, "published_on") == null)
						!= (value(table, values, "published_precision") == null)) {
					violation(path + ".published_precision",
							path + ".published_on and published_precision are given together or not at all");
				}
				this.claims.source((Long) values[0], (String) value(table, values, "state"));
				this.references.tracked(table, values);
			}
			case "source_citation" -> this.citations.citation((Long) values[0], (Integer) values[1], path + ".position");
			case "source_document" -> this.suggestions.document((Long) values[0], (String) values[2]);
			case "ingest_suggestion" -> {
				this.suggestions.suggestion(table, values, path);
				this.claims.suggestion(table, values, path);
				this.references.suggestion(table, values, path);
			}
			case "claim_attribute" -> this.claims.attribute((String) values[0], (String) values[2], (String) values[3]);
			case "actor" -> {
				this.claims.actor((String) value(table, values, "slug"));
				this.references.tracked(table, values);
			}
			case "event" -> {
				EventDate.check((LocalDate) value(table, values, "start_date"), (LocalDate) value(table, values, "end_date"),
						DatePrecision.valueOf((String) value(table, values, "date_precision")), path + ".start_date",
						path + ".end_date", this::violation);
				this.references.tracked(table, values);
			}
			case "event_participant" -> this.references.participant(table, values, path);
			case "figure" -> {
				checkFigure(table, values, path);
				this.references.tracked(table, values);
			}
			case "claim" -> {
				this.claims.claim(table, values, path);
				this.references.claim(table, values, path);
			}
			case "event_revision", "source_revision" -> checkRevision(table, values, path);
			default -> {
				// Nothing between columns.
			}
		}
	}

	/** What only a whole table shows: a source's citations numbered with a gap. */
	void tableRead(Table table) {
		if (table.name().equals("source_citation")) {
			this.citations.tableRead();
		}
	}

	/** A revision's changes, read once: what the revision reads parse, and for an event whether the public saw it. */
	private void checkRevision(Table table, Object[] values, String path) {
		JsonNode changes = ColumnRule.revisionChanges((String) value(table, values, "changes"));
		if (changes == null) {
			violation(path + ".changes", path + ".changes " + ColumnRule.NOT_REVISION_CHANGES);
		}
		else if (table.name().equals("event_revision")) {
			notePublication((Long) values[1], changes);
		}
	}

	/**
	 * Whether the public ever saw an event is not a column of the backup, but its revisions tell: each
	 * records the event's state before and after it, so an event is noted here if one of them shows it
	 * published; or has no state at all, as revisions written before events had drafts, when every
	 * event was published, do.
	 */
	private void notePublication(long event, JsonNode changes) {
		for (JsonNode snapshot : List.of(changes.path("before"), changes.path("after"))) {
			JsonNode state = snapshot.path("state");
			if (snapshot.isObject() && (state.isMissingNode() || state.isNull()
					|| PublicationState.PUBLISHED.code().equals(state.isString() ? state.stringValue() : null))) {
				this.publishedEvents.add(event);
			}
		}
	}

	/** The events the backup's revisions show published at some point ({@link #notePublication}). */
	Set<Long> publishedEvents() {
		return this.publishedEvents;
	}

	/** The API's rules of a figure's amount and period. */
	private void checkFigure(Table table, Object[] values, String path) {
		String amount = FigureRules.amountProblem((BigDecimal) value(table, values, "amount"), path + ".amount");
		if (amount != null) {
			violation(path + ".amount", amount);
		}
		String period = FigureRules.periodProblem((LocalDate) value(table, values, "period_start"),
				(LocalDate) value(table, values, "period_end"), path + ".period_start", path + ".period_end");
		if (period != null) {
			violation(path + ".period_end", period);
		}
	}

	/** The row's value of the named column. */
	static Object value(Table table, Object[] values, String name) {
		return values[table.columns().stream().map(Column::name).toList().indexOf(name)];
	}

	private void violation(String path, String message) {
		this.violations.add(new Violation(path, message));
	}

}
