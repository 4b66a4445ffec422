package org.tradeline.calendar;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Days as the API reads them: {@code yyyy-MM-dd} with a four-digit year. {@link LocalDate#parse}
 * alone also takes signed and longer years ({@code +999999999-12-31}), which date arithmetic, the
 * iCalendar export and the store cannot all hold.
 * <p>
 * A day that is stored (an event's dates, a source's publication, a figure's period, a document's
 * publication for ingest) must also lie from {@link #FIRST} to {@link #LAST}: the JDBC drivers carry
 * days through the Julian calendar before 1583, so an earlier day would come back as another one;
 * and a last possible day plus one (iCalendar's exclusive end) must still have four digits. A filter
 * only has to be a well-formed day.
 */
public final class IsoDate {

	public static final LocalDate FIRST = LocalDate.of(1600, 1, 1);

	public static final LocalDate LAST = LocalDate.of(2999, 12, 31);

	/** What a stored day must be, for error messages. */
	public static final String STORED = "a day from " + FIRST + " to " + LAST + " (yyyy-MM-dd)";

	private static final Pattern FORM = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

	private IsoDate() {
	}

	/** The day written {@code yyyy-MM-dd}; anything else, or a day the calendar lacks, is refused. */
	public static LocalDate parse(String text) {
		if (!FORM.matcher(text).matches()) {
			throw new DateTimeParseException("Not a day written yyyy-MM-dd: '" + text + "'", text, 0);
		}
		return LocalDate.parse(text);
	}

	/** Whether a day is later than today anywhere on Earth (UTC+14): in the future for every sender. */
	public static boolean isFuture(LocalDate day) {
		return day.isAfter(LocalDate.now(ZoneOffset.ofHours(14)));
	}

	/** The day written {@code yyyy-MM-dd}, if it may be stored; anything else is refused. */
	public static LocalDate parseStored(String text) {
		LocalDate day = parse(text);
		if (day.isBefore(FIRST) || day.isAfter(LAST)) {
			throw new DateTimeParseException("Not " + STORED + ": '" + text + "'", text, 0);
		}
		return day;
	}

}
