package org.tradeline.ingest.rules;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.tradeline.ingest.text.Texts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class FigureAndPlaceRulesTest {

	static List<FigureMention> figures(String text) {
		return FigureRules.find(text, Texts.fold(text), Texts.sentences(text).get(0));
	}

	static List<PlaceMention> places(String text) {
		return new PlaceRules(Set.of("nairobi"), Set.of("ottawa")).find(text, Texts.sentences(text).get(0));
	}

	@Test
	void readsNumbersWithUnits() {
		assertThat(figures("Coffee exports reached 1,250.5 tonnes in April, up 12% on March."))
			.extracting(FigureMention::value, FigureMention::unit, FigureMention::label)
			.containsExactly(tuple("1250.5", "tonnes", "1,250.5 tonnes"), tuple("12", "percent", "up 12%"));
	}

	@Test
	void keepsTheQualifierInTheLabel() {
		assertThat(figures("The country mines roughly 40 per cent of the world's cobalt.")).singleElement()
			.satisfies((f) -> {
				assertThat(f.value()).isEqualTo("40");
				assertThat(f.label()).isEqualTo("roughly 40 per cent");
			});
	}

	@Test
	void aDurationQualifyingANounIsAFigure() {
		assertThat(figures("Both sides agreed a 60-day pause.")).singleElement()
			.satisfies((f) -> assertThat(f).extracting(FigureMention::value, FigureMention::unit, FigureMention::label)
				.containsExactly("60", "days", "60-day pause"));
	}

	@Test
	void moneyIsScaled() {
		assertThat(figures("The fund holds $3.5 billion.")).singleElement()
			.satisfies((f) -> assertThat(f).extracting(FigureMention::value, FigureMention::unit)
				.containsExactly("3500000000", "usd"));
	}

	@Test
	void aDurationPlacingSomethingInTimeIsNotAFigure() {
		assertThat(figures("Ten days after the vote, and within 30 days of the deadline, they met.")).isEmpty();
		assertThat(figures("Less than 20 days after the truce, tariffs returned.")).isEmpty();
	}

	@Test
	void findsPlacesAfterInOrAt() {
		assertThat(places("Delegates met in Nairobi on Monday and later at Port Louis.")).extracting(PlaceMention::name,
				PlaceMention::known)
			.containsExactly(tuple("Nairobi", true), tuple("Port Louis", false));
	}

	@Test
	void monthsCountriesAndActorsAreNotPlaces() {
		assertThat(places("They met in March in the US, in Canada and in Ottawa.")).isEmpty();
	}

	@Test
	void anInstitutionsCityIsNotTheEventsPlace() {
		assertThat(places("A professor at Lagos's main university said so.")).isEmpty();
	}

	@Test
	void aNumberInsideAnotherTokenIsNoFigure() {
		assertThat(figures("The ratio was 1.5e10 per cent, the model said.")).isEmpty();
		assertThat(figures("Version v10 per cent of the time.")).isEmpty();
		assertThat(figures("The fund held US$3 billion.")).singleElement()
			.satisfies(figure -> assertThat(figure.label()).endsWith("$3 billion"));
	}

}
