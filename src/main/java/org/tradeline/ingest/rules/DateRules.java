package org.tradeline.ingest.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tradeline.calendar.DatePrecision;
import org.tradeline.calendar.IsoDate;
import org.tradeline.calendar.PartialDate;
import org.tradeline.ingest.text.Sentence;

/**
 * Dates in English text, resolved against the publication date with the precision the words
 * warrant: "June 11" and "Monday, June 9" to the day, "mid-May" to a part of the month, "in May" and
 * "last month" to the month, "on Sunday" to the last such day, "hours earlier" to around the day of
 * the date mentioned just before, "last week" to a labelled week reading that no single partial date
 * holds. A year the text omits is the one that puts the date within half a year of publication.
 */
public final class DateRules {

	private static final String MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
			+ "|jan\\.?|feb\\.?|mar\\.?|apr\\.?|jun\\.?|jul\\.?|aug\\.?|sept?\\.?|oct\\.?|nov\\.?|dec\\.?";

	private static final String WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";

	private static final Pattern MONTH_DAY = Pattern.compile("\\b(?:(" + WEEKDAYS + "),?\\s+)?(" + MONTHS
			+ ")\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?");

	private static final Pattern DAY_MONTH = Pattern
		.compile("\\b(?:(" + WEEKDAYS + "),?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(" + MONTHS + ")\\b(?:,?\\s+(\\d{4})\\b)?");

	private static final Pattern PART_OF_MONTH = Pattern
		.compile("\\b(early|mid|late)[- ](?:in\\s+)?(" + MONTHS + ")\\b(?:\\s+(\\d{4})\\b)?");

	private static final Pattern MONTH = Pattern.compile("\\b(" + MONTHS + ")\\b(?:\\s+(\\d{4})\\b)?");

	private static final Pattern MONTH_RANGE = Pattern
		.compile("\\bfrom\\s+(" + MONTHS + ")\\s+(?:to|through|until)\\s+(" + MONTHS + ")\\b");

	private static final Pattern WEEKDAY = Pattern.compile("\\b(on|last|this|next)\\s+(" + WEEKDAYS + ")\\b");

	private static final Pattern RELATIVE = Pattern.compile(
			"\\b(yesterday|today|last night|last week|this week|last month|this month|earlier this month|earlier this week"
					+ "|hours (?:earlier|later)|a day (?:earlier|later)|the day before|the next day|the following day)\\b");

	private DateRules() {
	}

	/** The dates of one sentence; {@code previous} is the last dated reading before it, for "hours earlier". */
	public static List<DateMention> find(String text, String folded, Sentence sentence, LocalDate published,
			PartialDate previous) {
		List<DateMention> found = new ArrayList<>();
		// spans the month rule leaves alone: a month range, and a day the month does not have ("June 31"
		// names no day, and widening it to June would claim what the text does not say)
		List<int[]> ranges = new ArrayList<>();
		int from = sentence.start();
		int to = sentence.end();
		Matcher m = MONTH_DAY.matcher(folded).region(from, to);
		while (m.find()) {
			addDay(found, ranges, text, m, month(m.group(2)), Integer.parseInt(m.group(3)), m.group(4), published);
		}
		m = DAY_MONTH.matcher(folded).region(from, to);
		while (m.find()) {
			if (!overlapsAny(found, m.start(), m.end())) {
				addDay(found, ranges, text, m, month(m.group(3)), Integer.parseInt(m.group(2)), m.group(4), published);
			}
		}
		m = PART_OF_MONTH.matcher(folded).region(from, to);
		while (m.find()) {
			YearMonth month = yearMonth(month(m.group(2)), m.group(3), published);
			PartialDate date = switch (m.group(1)) {
				case "early" -> new PartialDate(month.atDay(1), DatePrecision.EARLY_MONTH);
				case "mid" -> new PartialDate(month.atDay(11), DatePrecision.MID_MONTH);
				default -> new PartialDate(month.atDay(21), DatePrecision.LATE_MONTH);
			};
			found.add(new DateMention(m.start(), m.end(), date, text.substring(m.start(), m.end()), date.label(),
					"date-part-of-month", false));
		}
		m = MONTH_RANGE.matcher(folded).region(from, to);
		while (m.find()) {
			// "from January to May" is the period of a figure, not the date of an event
			ranges.add(new int[] { m.start(), m.end() });
		}
		m = MONTH.matcher(folded).region(from, to);
		while (m.find()) {
			if (overlapsAny(found, m.start(), m.end()) || inside(ranges, m.start())
					|| !monthNameReadsAsMonth(text, m, sentence)) {
				continue;
			}
			YearMonth month = yearMonth(month(m.group(1)), m.group(2), published);
			PartialDate date = new PartialDate(month.atDay(1), DatePrecision.MONTH);
			found.add(new DateMention(m.start(), m.end(), date, text.substring(m.start(), m.end()), date.label(),
					"date-month", false));
		}
		m = WEEKDAY.matcher(folded).region(from, to);
		while (m.find()) {
			if (overlapsAny(found, m.start(), m.end())) {
				continue;
			}
			DayOfWeek day = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
			LocalDate date = switch (m.group(1)) {
				case "next" -> published.with(TemporalAdjusters.next(day));
				case "last" -> published.with(TemporalAdjusters.previous(day));
				// "on Monday" in a report is the last Monday, or today when it is Monday
				default -> published.with(TemporalAdjusters.previousOrSame(day));
			};
			PartialDate partial = new PartialDate(date, DatePrecision.DAY);
			found.add(new DateMention(m.start(), m.end(), partial, text.substring(m.start(), m.end()), partial.label(),
					"date-weekday", true));
		}
		m = RELATIVE.matcher(folded).region(from, to);
		while (m.find()) {
			DateMention relative = relative(text, m, published, previous);
			if (relative != null) {
				found.add(relative);
			}
		}
		// A date the store cannot hold ("December 31, 2999" and "the next day") is no suggestion: the
		// claim it would make, and a backup holding the suggestion, would be refused.
		found.removeIf(d -> d.date() != null
				&& (d.date().first().isBefore(IsoDate.FIRST) || d.date().last().isAfter(IsoDate.LAST)));
		found.sort(Comparator.comparingInt(DateMention::start));
		return found;
	}

	private static DateMention relative(String text, Matcher m, LocalDate published, PartialDate previous) {
		String words = text.substring(m.start(), m.end());
		LocalDate anchor = (previous != null) ? previous.anchor() : published;
		return switch (m.group(1)) {
			case "yesterday", "last night" -> day(m, words, published.minusDays(1), DatePrecision.DAY);
			case "today" -> day(m, words, published, DatePrecision.DAY);
			case "hours earlier", "hours later" -> day(m, words, anchor, DatePrecision.AROUND_DAY);
			case "a day earlier", "the day before" -> day(m, words, anchor.minusDays(1), DatePrecision.DAY);
			case "a day later", "the next day", "the following day" -> day(m, words, anchor.plusDays(1), DatePrecision.DAY);
			case "last month" -> month(m, words, YearMonth.from(published).minusMonths(1));
			case "this month", "earlier this month" -> month(m, words, YearMonth.from(published));
			case "last week" -> week(m, words, published.minusWeeks(1));
			case "this week", "earlier this week" -> week(m, words, published);
			default -> null;
		};
	}

	private static DateMention day(Matcher m, String words, LocalDate date, DatePrecision precision) {
		PartialDate partial = new PartialDate(date, precision);
		return new DateMention(m.start(), m.end(), partial, words, partial.label(), "date-relative", true);
	}

	private static DateMention month(Matcher m, String words, YearMonth month) {
		PartialDate partial = new PartialDate(month.atDay(1), DatePrecision.MONTH);
		return new DateMention(m.start(), m.end(), partial, words, partial.label(), "date-relative", true);
	}

	/** A calendar week (Monday to Sunday): a reading only, as no partial date is a week. */
	private static DateMention week(Matcher m, String words, LocalDate inWeek) {
		LocalDate monday = inWeek.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		LocalDate sunday = monday.plusDays(6);
		String reading = "week of " + monthName(monday.getMonth()) + " " + monday.getDayOfMonth() + "–"
				+ (sunday.getMonth() == monday.getMonth() ? "" : monthName(sunday.getMonth()) + " ")
				+ sunday.getDayOfMonth() + ", " + sunday.getYear();
		return new DateMention(m.start(), m.end(), null, words, reading, "date-relative-week", true);
	}

	private static void addDay(List<DateMention> found, List<int[]> impossible, String text, Matcher m, Month month,
			int day, String year, LocalDate published) {
		YearMonth ym = yearMonth(month, year, published);
		if (day < 1 || day > ym.lengthOfMonth()) {
			impossible.add(new int[] { m.start(), m.end() });
			return;
		}
		PartialDate date = new PartialDate(ym.atDay(day), DatePrecision.DAY);
		found.add(new DateMention(m.start(), m.end(), date, text.substring(m.start(), m.end()), date.label(),
				(m.group(1) != null) ? "date-weekday-month-day" : "date-month-day", false));
	}

	/**
	 * "May" is also a verb: a month name counts when written capitalised and, at the start of a
	 * sentence, when a possessive or a noun-like word follows rather than a verb.
	 */
	private static boolean monthNameReadsAsMonth(String text, Matcher m, Sentence sentence) {
		if (!Character.isUpperCase(text.charAt(m.start()))) {
			return false;
		}
		String name = m.group(1);
		if (!name.equals("may") && !name.equals("march")) {
			return true;
		}
		if (m.start() == sentence.start()) {
			return text.startsWith("’s", m.end()) || text.startsWith("'s", m.end());
		}
		return true;
	}

	private static YearMonth yearMonth(Month month, String year, LocalDate published) {
		if (year != null) {
			return YearMonth.of(Integer.parseInt(year), month);
		}
		YearMonth candidate = YearMonth.of(published.getYear(), month);
		YearMonth pub = YearMonth.from(published);
		if (candidate.isAfter(pub.plusMonths(6))) {
			return candidate.minusYears(1);
		}
		if (candidate.isBefore(pub.minusMonths(6))) {
			return candidate.plusYears(1);
		}
		return candidate;
	}

	private static Month month(String name) {
		String key = name.replace(".", "");
		for (Month month : Month.values()) {
			if (month.name().toLowerCase(Locale.ROOT).startsWith(key)) {
				return month;
			}
		}
		throw new IllegalArgumentException(name);
	}

	private static String monthName(Month month) {
		return month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
	}

	private static boolean overlapsAny(List<DateMention> found, int start, int end) {
		return found.stream().anyMatch((d) -> d.start() < end && start < d.end());
	}

	private static boolean inside(List<int[]> ranges, int offset) {
		return ranges.stream().anyMatch((r) -> r[0] <= offset && offset < r[1]);
	}

}
