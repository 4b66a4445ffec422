package org.tradeline.web.paging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.web.util.UriUtils;
import org.tradeline.problem.InvalidParameterException;
import org.tradeline.web.ParameterSyntax;
import org.tradeline.web.Text;

/**
 * A validated sync request ({@code updatedSince}, {@code after}, {@code includeDeleted}, {@code size}):
 * the rows of a collection changed at or after an instant, in the order of their last change and then
 * their id, strictly after a cursor when one is given. The order is total and a row's place in it only
 * moves forward (a write sets its last change to now), so a client that pages with the cursor of the
 * last row it received neither misses nor repeats a row while writes happen; a row it already has
 * comes again only after it changed again.
 * @param since rows changed at or after this instant
 * @param after the cursor of the last row received, or null for the first page
 * @param includeDeleted whether deleted rows come as tombstones
 * @param size at most this many rows
 */
public record SyncWindow(Instant since, Cursor after, boolean includeDeleted, int size) {

	public static final String UPDATED_SINCE = "updatedSince";

	public static final String AFTER = "after";

	public static final String INCLUDE_DELETED = "includeDeleted";

	private static final Pattern RFC_3339 = Pattern
		.compile("\\d{4}-\\d\\d-\\d\\d[Tt]\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,9})?([Zz]|[+-]\\d\\d:\\d\\d)");

	// Writes are stamped by the clock of the instance that made them; another instance's may be a little ahead.
	private static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

	/**
	 * The sync window these parameters ask for, or null when {@code updatedSince} is absent (then
	 * {@code after} and {@code includeDeleted} may not be given either). A sync page is reached with its
	 * cursor, never with {@code page}.
	 */
	public static SyncWindow of(String updatedSinceValue, String afterValue, Boolean includeDeleted, Integer page,
			Integer size) {
		String updatedSince = Text.blankToNull(updatedSinceValue);
		String after = Text.blankToNull(afterValue);
		if (updatedSince == null) {
			if (after != null) {
				throw new InvalidParameterException(AFTER, "after continues a sync and needs updatedSince");
			}
			if (includeDeleted != null) {
				throw new InvalidParameterException(INCLUDE_DELETED, "includeDeleted lists tombstones in a sync and needs updatedSince");
			}
			return null;
		}
		if (page != null) {
			throw new InvalidParameterException("page",
					"page does not combine with updatedSince; follow the next link (after) to page through changes");
		}
		Instant since = instant(UPDATED_SINCE, updatedSince);
		return new SyncWindow(since, (after != null) ? Cursor.parse(AFTER, after) : null, Boolean.TRUE.equals(includeDeleted),
				Paging.of(0, size).size());
	}

	/** The query of the request that continues this sync after the cursor. */
	public String continuation(Cursor next) {
		return UPDATED_SINCE + "=" + queryValue(DateTimeFormatter.ISO_INSTANT.format(this.since)) + "&" + AFTER + "="
				+ queryValue(next.toString()) + (this.includeDeleted ? "&" + INCLUDE_DELETED + "=true" : "") + "&size="
				+ this.size;
	}

	/**
	 * A value as a query carries it: anything but letters, digits, {@code -._~} and {@code :}
	 * percent-encoded (UTF-8). An instant past the year 9999 has a {@code +}, which would be read back
	 * as a space; the colons of an instant stay as they are.
	 */
	static String queryValue(String value) {
		return UriUtils.encode(value, StandardCharsets.UTF_8).replace("%3A", ":");
	}

	/** Where this window starts: its cursor, or the start of {@code since}. */
	public Cursor start() {
		return (this.after != null) ? this.after : new Cursor(this.since, 0);
	}

	/** An RFC 3339 date-time with an offset, not in the future; before 1970 means since the beginning. */
	public static Instant instant(String parameter, String value) {
		Instant instant;
		try {
			// ISO 8601's other forms (no seconds, an offset in seconds, a signed year) parse too: not RFC 3339.
			if (!RFC_3339.matcher(value).matches()) {
				throw new DateTimeParseException("not RFC 3339", value, 0);
			}
			instant = OffsetDateTime.parse(value.toUpperCase(Locale.ROOT), DateTimeFormatter.ISO_OFFSET_DATE_TIME)
				.toInstant();
		}
		catch (DateTimeParseException ex) {
			throw new InvalidParameterException(parameter,
					parameter + " must be an RFC 3339 date-time with an offset, such as 2025-06-10T00:00:00Z");
		}
		if (instant.isAfter(Instant.now().plus(CLOCK_SKEW))) {
			throw new InvalidParameterException(parameter, parameter + " must not be in the future");
		}
		// Nothing was stored before 1970; an earlier instant only risks overflowing a timestamp. Stored
		// instants have microseconds: cut there, so that "since" never leaves out the instant it names.
		return instant.isBefore(Instant.EPOCH) ? Instant.EPOCH : instant.truncatedTo(ChronoUnit.MICROS);
	}

	/**
	 * Where a sync page ends: the last change and id of its last row, written
	 * {@code 2025-06-10T08:15:30.123456Z~42}. Stored timestamps have microseconds, so the text keeps them.
	 */
	public record Cursor(Instant updatedAt, long id) {

		private static final char SEPARATOR = '~';

		public Cursor {
			updatedAt = updatedAt.truncatedTo(ChronoUnit.MICROS);
		}

		/** A cursor as a next link carries it in this parameter. */
		public static Cursor parse(String parameter, String text) {
			int separator = text.lastIndexOf(SEPARATOR);
			if (separator > 0 && separator < text.length() - 1 && text.length() <= 60) {
				try {
					long id = Long.parseLong(ParameterSyntax.plainInteger(text.substring(separator + 1)));
					Instant at = Instant.parse(text.substring(0, separator));
					if (id >= 0 && !at.isBefore(Instant.EPOCH)) {
						return new Cursor(at, id);
					}
				}
				catch (NumberFormatException | DateTimeParseException ex) {
					// answered below
				}
			}
			throw new InvalidParameterException(parameter,
					parameter + " must be a cursor from a link, such as 2025-06-10T08:15:30.123456Z~42");
		}

		@Override
		public String toString() {
			return DateTimeFormatter.ISO_INSTANT.format(this.updatedAt) + SEPARATOR + this.id;
		}

	}

}
