package org.tradeline.event;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

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
