package org.tradeline.event;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.function.BiConsumer;

import org.tradeline.calendar.DatePrecision;
import org.tradeline.calendar.PartialDate;

/**
 * When an event happened, at the precision the sources allow. start is the first day the precision
 * allows; end is set only for events spanning several days.
 */
public record EventDate(LocalDate start, LocalDate end, DatePrecision precision, String label) {

	public EventDate(LocalDate start, LocalDate end, DatePrecision precision) {
		this(start, end, precision, label(start, end, precision));
	}

	/**
	 * Notes what keeps these from being an event's dates, each under the field of the date at fault:
	 * every read builds a {@link PartialDate} of the start (and of an end at the same precision), so
	 * each must be where its precision starts (mid-month on day 11), and the end not before the start.
	 * The one rule for the API's writes and a backup's rows, which name their fields differently.
	 */
	public static void check(LocalDate start, LocalDate end, DatePrecision precision, String startField,
			String endField, BiConsumer<String, String> violations) {
		aligned(start, precision, startField, violations);
		if (end != null) {
			if (end.isBefore(start)) {
				violations.accept(endField, endField + " must not be before " + startField);
			}
			aligned(end, precision, endField, violations);
		}
	}

	private static void aligned(LocalDate day, DatePrecision precision, String field,
			BiConsumer<String, String> violations) {
		try {
			new PartialDate(day, precision);
		}
		catch (IllegalArgumentException ex) {
			violations.accept(field, field + " must be the first day of its precision: " + ex.getMessage());
		}
	}

	private static String label(LocalDate start, LocalDate end, DatePrecision precision) {
		PartialDate first = new PartialDate(start, precision);
		if (end == null || end.equals(start)) {
			return first.label();
		}
		if (precision == DatePrecision.DAY && start.getYear() == end.getYear()) {
			String startMonth = start.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
			String endPart = (start.getMonth() == end.getMonth()) ? String.valueOf(end.getDayOfMonth())
					: end.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + end.getDayOfMonth();
			return startMonth + " " + start.getDayOfMonth() + "–" + endPart + ", " + start.getYear();
		}
		return first.label() + " – " + new PartialDate(end, precision).label();
	}

}
