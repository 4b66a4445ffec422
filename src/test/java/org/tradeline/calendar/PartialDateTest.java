package org.tradeline.calendar;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PartialDateTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			2025-06-09    | 2025-06-09 | 2025-06-09 | June 9, 2025
			~2025-06-11   | 2025-06-10 | 2025-06-12 | around June 11, 2025
			2025-04-early | 2025-04-01 | 2025-04-10 | early April 2025
			2025-05-mid   | 2025-05-11 | 2025-05-20 | mid-May 2025
			2025-02-late  | 2025-02-21 | 2025-02-28 | late February 2025
			2025-05       | 2025-05-01 | 2025-05-31 | May 2025
			""")
	void parsesEachPrecisionIntoTheDaysItAllows(String code, LocalDate first, LocalDate last, String label) {
		PartialDate date = PartialDate.parse(code);
		assertThat(date.first()).isEqualTo(first);
		assertThat(date.last()).isEqualTo(last);
		assertThat(date.label()).isEqualTo(label);
		assertThat(date.code()).isEqualTo(code);
	}

	@ParameterizedTest
	@CsvSource({ "2025-05, 2025-05-mid, true", "2025-05-early, 2025-05-mid, false", "2025-06-10, ~2025-06-11, true",
			"2025-06-09, ~2025-06-11, false", "2025-06-10, 2025-06-10, true", "2025-06-early, 2025-06-11, false",
			"2025-05-late, 2025-05-31, true" })
	void overlapsWhenBothCouldBeTheSameDay(String a, String b, boolean overlap) {
		assertThat(PartialDate.parse(a).overlaps(PartialDate.parse(b))).isEqualTo(overlap);
		assertThat(PartialDate.parse(b).overlaps(PartialDate.parse(a))).isEqualTo(overlap);
	}

	/** One rule for every precision: the finest of day, month and year that holds every day allowed. */
	@ParameterizedTest
	@CsvSource(textBlock = """
			2025-06-09,    2025-06-09
			~2025-06-11,   2025-06
			~2025-06-01,   2025
			~2025-06-30,   2025
			~2025-12-31,
			~2026-01-01,
			2025-04-early, 2025-04
			2025-05-mid,   2025-05
			2025-02-late,  2025-02
			2025-05,       2025-05
			""")
	void isWrittenInIsoNoMorePreciseThanItIs(String code, String iso) {
		assertThat(PartialDate.parse(code).iso()).isEqualTo(iso);
	}

	/** A span of dates by the same rule: the day only when it is one day. */
	@ParameterizedTest
	@CsvSource(textBlock = """
			2025-06-09,    2025-06-09,  2025-06-09
			2025-06-09,    2025-06-10,  2025-06
			2025-05-mid,   2025-05-late, 2025-05
			2025-06-30,    2025-07-01,  2025
			2025-12-31,    2026-01-01,
			""")
	void aSpanIsWrittenAsTheDayMonthOrYearHoldingItAll(String from, String to, String iso) {
		assertThat(PartialDate.iso(PartialDate.parse(from), PartialDate.parse(to))).isEqualTo(iso);
	}

	@ParameterizedTest
	@CsvSource({ "2025-13-01", "June 9", "2025-05-someday", "~", "2025-5" })
	void rejectsWhatIsNotAPartialDate(String code) {
		assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse(code));
	}

	@Test
	void rejectsAnAnchorThatDoesNotStartItsPartOfTheMonth() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new PartialDate(LocalDate.of(2025, 5, 14), DatePrecision.MID_MONTH));
	}

}
