package org.tradeline.backup;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import org.tradeline.backup.BackupFormat.Column;
import org.tradeline.calendar.IsoDate;
import org.tradeline.token.ApiTokens;

/**
 * The ranges of a backup's integers and instants: what the database's identities, versions and
 * revisions can reach, and what every client reads back as it was written. A value outside them was
 * never stored by the API, and imported it broke what reads it (an identity restarted past it, a
 * revision counted on from it, a sync link carrying it).
 */
final class ValueRanges {

	/**
	 * The largest integer a JSON reader that holds numbers as doubles (JavaScript's) reads exactly: an
	 * id or version above it would be shown to such a client as another one.
	 */
	static final long MAX_INTEGER = (1L << 53) - 1;

	/** The first instant stored: before it, the JDBC drivers carry days through the Julian calendar. */
	static final Instant FIRST_INSTANT = IsoDate.FIRST.atStartOfDay(ZoneOffset.UTC).toInstant();

	/** After the last instant, the last day a stored date may have (what a sync link and RFC 3339 carry). */
	static final Instant LAST_INSTANT = IsoDate.LAST.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1000);

	/**
	 * How much earlier than created_at a row's updated_at may be: stores written before both were
	 * stamped by the service took created_at from the database's clock, a moment after updated_at.
	 */
	static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

	private ValueRanges() {
	}

	/** Why a 64-bit column's value is out of its range (an id, or a count), or null if it is not. */
	static String integerProblem(Column column, long value) {
		if (isKey(column)) {
			return (value < 1 || value > MAX_INTEGER) ? "must be a positive id of at most " + MAX_INTEGER : null;
		}
		return (value < 0 || value > MAX_INTEGER) ? "must be from 0 to " + MAX_INTEGER : null;
	}

	/**
	 * The instant a timestamp column holds, or null if the text is none or out of the column's range
	 * ({@link #instantRange}).
	 */
	static Instant instant(Column column, String text) {
		return within(instant(text), last(column));
	}

	/** An instant something happened at (no expiry), or null if the text is none or out of range. */
	static Instant happenedAt(String text) {
		return within(instant(text), LAST_INSTANT);
	}

	/** What a timestamp column must hold, for messages. */
	static String instantRange(Column column) {
		return "an ISO-8601 instant from " + FIRST_INSTANT + " to " + last(column);
	}

	private static Instant last(Column column) {
		// a token's expiry is the only instant that is not a time something happened: it may lie further ahead
		return column.name().equals("expires_at") ? ApiTokens.LATEST_EXPIRY : LAST_INSTANT;
	}

	private static Instant within(Instant instant, Instant last) {
		return (instant != null && !instant.isBefore(FIRST_INSTANT) && !instant.isAfter(last)) ? instant : null;
	}

	/** An ISO-8601 instant with an offset, or null if the text is not one. */
	private static Instant instant(String text) {
		try {
			return (text != null) ? OffsetDateTime.parse(text).toInstant() : null;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/** Whether a row was last changed before it was created, by more than the clocks' skew. */
	static boolean changedBeforeCreated(OffsetDateTime createdAt, OffsetDateTime updatedAt) {
		return updatedAt.toInstant().plus(CLOCK_SKEW).isBefore(createdAt.toInstant());
	}

	private static boolean isKey(Column column) {
		return column.name().equals("id") || column.name().endsWith("_id");
	}

}
