package org.tradeline.ingest.rules;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.tradeline.calendar.PartialDate;
import org.tradeline.ingest.text.Sentence;
import org.tradeline.ingest.text.Texts;

import static org.assertj.core.api.Assertions.assertThat;

class DateRulesTest {

	static final LocalDate WEDNESDAY_JUNE_11 = LocalDate.of(2025, 6, 11);

	static List<DateMention> dates(String text, LocalDate published, PartialDate previous) {
		Sentence sentence = Texts.sentences(text).get(0);
		return DateRules.find(text, Texts.fold(text), sentence, published, previous);
	}

	static List<String> codes(String text, LocalDate published) {
		return dates(text, published, null).stream().map((d) -> d.date() == null ? "-" : d.date().code()).toList();
	}

	@Test
	void absoluteDatesTakeTheYearOfPublication() {
		assertThat(codes("The ministers met on March 3 in Nairobi.", WEDNESDAY_JUNE_11)).containsExactly("2025-03-03");
		assertThat(codes("The ministers met on 3 March in Nairobi.", WEDNESDAY_JUNE_11)).containsExactly("2025-03-03");
	}

	@Test
	void aDayTheMonthDoesNotHaveIsNoDateNotEvenTheMonth() {
		assertThat(codes("The ministers met on June 31 in Nairobi.", WEDNESDAY_JUNE_11)).isEmpty();
		assertThat(codes("The ministers met on 31 June in Nairobi.", WEDNESDAY_JUNE_11)).isEmpty();
		assertThat(codes("The levy took effect on February 29.", WEDNESDAY_JUNE_11)).isEmpty();
		// a leap year has the day, and a month named on its own is still a month
		assertThat(codes("The levy took effect on February 29, 2024.", WEDNESDAY_JUNE_11)).containsExactly("2024-02-29");
		assertThat(codes("The ministers met in June in Nairobi.", WEDNESDAY_JUNE_11)).containsExactly("2025-06");
	}

	@Test
	void aDateMoreThanHalfAYearAheadBelongsToTheYearBefore() {
		assertThat(codes("The levy was announced on November 28.", LocalDate.of(2026, 1, 5))).containsExactly("2025-11-28");
	}

	@Test
	void aWeekdayBeforeTheDateIsPartOfIt() {
		List<DateMention> found = dates("Talks opened on Tuesday, March 4, in Nairobi.", WEDNESDAY_JUNE_11, null);
		assertThat(found).singleElement().satisfies((d) -> {
			assertThat(d.date().code()).isEqualTo("2025-03-04");
			assertThat(d.label()).isEqualTo("Tuesday, March 4");
		});
	}

	@Test
	void partsOfAMonthKeepTheirPrecision() {
		assertThat(codes("Prices rose in early March and fell in late April after a mid-May slump.", WEDNESDAY_JUNE_11))
			.containsExactly("2025-03-early", "2025-04-late", "2025-05-mid");
	}

	@Test
	void aMonthAloneIsAMonth() {
		assertThat(codes("The agreement signed in February still holds.", WEDNESDAY_JUNE_11)).containsExactly("2025-02");
	}

	@Test
	void mayAsAVerbIsNotADate() {
		assertThat(codes("May the talks succeed, the envoy said.", WEDNESDAY_JUNE_11)).isEmpty();
		assertThat(codes("Officials said they may meet again.", WEDNESDAY_JUNE_11)).isEmpty();
	}

	@Test
	void aRangeOfMonthsIsAPeriodNotAnEventDate() {
		assertThat(codes("Shipments from January to April reached a record.", WEDNESDAY_JUNE_11)).isEmpty();
	}

	@Test
	void aWeekdayIsTheLastSuchDayBeforePublication() {
		List<DateMention> found = dates("The envoy spoke on Sunday about the dispute.", WEDNESDAY_JUNE_11, null);
		assertThat(found).singleElement().satisfies((d) -> {
			assertThat(d.date().code()).isEqualTo("2025-06-08");
			assertThat(d.relative()).isTrue();
			assertThat(d.valueLabel()).isEqualTo("on Sunday (June 8, 2025)");
		});
		assertThat(codes("The envoy spoke on Wednesday.", WEDNESDAY_JUNE_11)).containsExactly("2025-06-11");
	}

	@Test
	void relativeDaysAndMonthsResolveAgainstPublication() {
		assertThat(codes("The ministry said yesterday that exports fell last month.", WEDNESDAY_JUNE_11))
			.containsExactly("2025-06-10", "2025-05");
	}

	@Test
	void hoursEarlierIsAroundTheDayMentionedBefore() {
		List<DateMention> found = dates("Hours earlier, the envoy had warned of delays.", WEDNESDAY_JUNE_11,
				PartialDate.parse("2025-06-03"));
		assertThat(found).singleElement().satisfies((d) -> assertThat(d.date().code()).isEqualTo("~2025-06-03"));
	}

	@Test
	void lastWeekIsALabelledReadingThatNoPartialDateHolds() {
		List<DateMention> found = dates("The two leaders spoke by phone last week.", WEDNESDAY_JUNE_11, null);
		assertThat(found).singleElement().satisfies((d) -> {
			assertThat(d.date()).isNull();
			assertThat(d.reading()).isEqualTo("week of June 2–8, 2025");
		});
	}

	/** The store holds days from 1600 to 2999: a reading outside them would be a claim it refuses. */
	@Test
	void aDateTheStoreCannotHoldIsNoMention() {
		assertThat(codes("The envoys met on Sunday.", LocalDate.of(1600, 1, 1))).isEmpty();
		assertThat(codes("The envoys met on Saturday.", LocalDate.of(1600, 1, 1))).containsExactly("1600-01-01");
		assertThat(dates("The next day the talks resumed.", WEDNESDAY_JUNE_11, PartialDate.parse("2999-12-31")))
			.isEmpty();
		assertThat(dates("The next day the talks resumed.", WEDNESDAY_JUNE_11, PartialDate.parse("2999-12-30")))
			.singleElement()
			.satisfies((d) -> assertThat(d.date().code()).isEqualTo("2999-12-31"));
	}

}
