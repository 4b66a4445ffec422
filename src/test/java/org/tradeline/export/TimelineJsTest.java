package org.tradeline.export;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.tradeline.calendar.DatePrecision;
import org.tradeline.event.EventDate;
import org.tradeline.event.EventKind;
import org.tradeline.event.TimelineEntry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * TimelineJS gets no more of a date than the sources allow, by the rule JSON-LD and the embed page
 * follow (PartialDate.iso): a day only for a day, else the month, else the year holding every day the
 * date allows; and, as TimelineJS needs a year, the year of the day named when no year holds them.
 */
class TimelineJsTest {

	@ParameterizedTest(name = "{0} {1}")
	@CsvSource(nullValues = "-", value = { "2025-06-09, day, 2025, 6, 9, -",
			"2025-06-11, around-day, 2025, 6, -, 'around June 11, 2025'",
			"2025-06-30, around-day, 2025, -, -, 'around June 30, 2025'",
			"2026-01-01, around-day, 2026, -, -, 'around January 1, 2026'",
			"2025-05-11, mid-month, 2025, 5, -, mid-May 2025", "2025-05-01, month, 2025, 5, -, May 2025" })
	void aDateHasOnlyThePartsEveryDayItAllowsShares(LocalDate start, String precision, Integer year, Integer month,
			Integer day, String display) {
		DatePrecision parsed = DatePrecision.valueOf(precision.toUpperCase().replace('-', '_'));
		TimelineJs.Slide slide = TimelineJs.of(List.of(entry(new EventDate(start, null, parsed))), "Test").events().get(0);
		assertThat(slide.startDate()).isEqualTo(new TimelineJs.TimelineDate(year, month, day, display));
		assertThat(slide.displayDate()).isEqualTo(display);
		assertThat(slide.endDate()).isNull();
	}

	private static TimelineEntry entry(EventDate date) {
		return new TimelineEntry("dated", "Dated", "A statement.", EventKind.STATEMENT, date, null, List.of(), List.of(),
				List.of(), List.of(), null, null, null);
	}

}
