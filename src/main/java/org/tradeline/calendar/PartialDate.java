package org.tradeline.calendar;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * A date known only to some precision, with the range of days it allows. Written in claims as
 * {@code 2025-06-09}, {@code ~2025-06-11}, {@code 2025-04-early}, {@code 2025-05-mid},
 * {@code 2025-06-late} or {@code 2025-05}.
 */
public record PartialDate(LocalDate anchor, DatePrecision precision) {

	public PartialDate {
		if (anchor == null || precision == null) {
			throw new IllegalArgumentException("anchor and precision are required");
		}
		int day = anchor.getDayOfMonth();
		boolean aligned = switch (precision) {
			case DAY, AROUND_DAY -> true;
			case EARLY_MONTH, MONTH -> day == 1;
			case MID_MONTH -> day == 11;
			case LATE_MONTH -> day == 21;
		};
		if (!aligned) {
			throw new IllegalArgumentException(precision.code() + " dates start on day "
					+ (precision == DatePrecision.MID_MONTH ? 11 : precision == DatePrecision.LATE_MONTH ? 21 : 1));
		}
	}

	public static PartialDate parse(String code) {
		try {
			if (code.startsWith("~")) {
				return new PartialDate(IsoDate.parse(code.substring(1)), DatePrecision.AROUND_DAY);
			}
			if (code.length() == 7) {
				return new PartialDate(YearMonth.parse(code).atDay(1), DatePrecision.MONTH);
			}
			if (code.length() > 8 && Character.isLetter(code.charAt(8))) {
				YearMonth month = YearMonth.parse(code.substring(0, 7));
				return switch (code.substring(8)) {
					case "early" -> new PartialDate(month.atDay(1), DatePrecision.EARLY_MONTH);
					case "mid" -> new PartialDate(month.atDay(11), DatePrecision.MID_MONTH);
					case "late" -> new PartialDate(month.atDay(21), DatePrecision.LATE_MONTH);
					default -> throw new IllegalArgumentException("Unknown part of month in '" + code + "'");
				};
			}
			return new PartialDate(IsoDate.parse(code), DatePrecision.DAY);
		}
		catch (DateTimeParseException | StringIndexOutOfBoundsException ex) {
			throw new IllegalArgumentException("Not a partial date: '" + code + "'", ex);
		}
	}

	/** The first day this date allows. */
	public LocalDate first() {
		return (this.precision == DatePrecision.AROUND_DAY) ? this.anchor.minusDays(1) : this.anchor;
	}

	/** The last day this date allows. */
	public LocalDate last() {
		return switch (this.precision) {
			case DAY -> this.anchor;
			case AROUND_DAY -> this.anchor.plusDays(1);
			case EARLY_MONTH, MID_MONTH -> this.anchor.plusDays(9);
			case LATE_MONTH, MONTH -> YearMonth.from(this.anchor).atEndOfMonth();
		};
	}

	/**
	 * This date in ISO 8601 as precise as it is and no more: the day when it allows one day, else the
	 * month, else the year holding every day it allows ("mid-May 2025" and "around June 11, 2025" are
	 * {@code 2025-05} and {@code 2025-06}, "around June 30, 2025" {@code 2025}); null when those days
	 * fall in two years, which no such value holds. Each is also an HTML date, month or year string.
	 */
	public String iso() {
		return iso(this, this);
	}

	/**
	 * The same rule for the days from {@code from} to {@code to}, a date given as a span ("June 9–10"
	 * is {@code 2025-06}): the day only when the span is one day.
	 */
	public static String iso(PartialDate from, PartialDate to) {
		LocalDate first = from.first();
		LocalDate last = to.last();
		if (first.equals(last)) {
			return first.toString();
		}
		if (YearMonth.from(first).equals(YearMonth.from(last))) {
			return YearMonth.from(first).toString();
		}
		return (first.getYear() == last.getYear()) ? String.format("%04d", first.getYear()) : null;
	}

	/** Whether both dates could be the same day. */
	public boolean overlaps(PartialDate other) {
		return !first().isAfter(other.last()) && !other.first().isAfter(last());
	}

	public String code() {
		String month = YearMonth.from(this.anchor).toString();
		return switch (this.precision) {
			case DAY -> this.anchor.toString();
			case AROUND_DAY -> "~" + this.anchor;
			case EARLY_MONTH -> month + "-early";
			case MID_MONTH -> month + "-mid";
			case LATE_MONTH -> month + "-late";
			case MONTH -> month;
		};
	}

	/** How a reader should see it: "June 9, 2025", "around June 11, 2025", "mid-May 2025". */
	public String label() {
		String month = this.anchor.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
		String day = month + " " + this.anchor.getDayOfMonth() + ", " + this.anchor.getYear();
		String monthYear = month + " " + this.anchor.getYear();
		return switch (this.precision) {
			case DAY -> day;
			case AROUND_DAY -> "around " + day;
			case EARLY_MONTH -> "early " + monthYear;
			case MID_MONTH -> "mid-" + monthYear;
			case LATE_MONTH -> "late " + monthYear;
			case MONTH -> monthYear;
		};
	}

}
