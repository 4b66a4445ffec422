package org.tradeline.ingest.rules;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.tradeline.ingest.Known;
import org.tradeline.ingest.text.Texts;

import static org.assertj.core.api.Assertions.assertThat;

class ActorRulesTest {

	static final List<Known.Actor> ACTORS = List.of(
			new Known.Actor("maria-santos", "Maria Santos", "PERSON", "BR", "Finance Minister"),
			new Known.Actor("chidi-okafor", "Chidi Okafor", "PERSON", "NG", "Trade Minister"),
			new Known.Actor("an-wei", "An Wei", "PERSON", "CN", "Vice Minister of Energy"),
			new Known.Actor("energy-ministry", "China's Ministry of Energy", "MINISTRY", "CN", null),
			new Known.Actor("ottawa", "Ottawa", "GOVERNMENT", "CA", null));

	static List<ActorMention> find(String text) {
		return new ActorRules(ACTORS).find(text, Texts.sentences(text).get(0));
	}

	@Test
	void findsAnActorByFullNameAndBySurname() {
		assertThat(find("Maria Santos arrived first, and Santos spoke last.")).extracting((m) -> m.actor().slug())
			.containsExactly("maria-santos", "maria-santos");
	}

	@Test
	void findsTheTitleWrittenBeforeTheName() {
		assertThat(find("Brazilian Finance Minister Santos arrived.")).singleElement().satisfies((m) -> {
			assertThat(m.title()).isEqualTo("Brazilian Finance Minister");
			assertThat(Titles.key(m.title())).isEqualTo(Titles.key("Finance Minister"));
		});
	}

	@Test
	void findsATitleInApposition() {
		assertThat(find("Chidi Okafor, director of the Export Council, said prices would fall.")).singleElement()
			.satisfies((m) -> assertThat(m.title()).isEqualTo("director of the Export Council"));
	}

	@Test
	void aPluralTitleBelongsToBothNames() {
		assertThat(find("Ministers Santos and Okafor signed the text.")).extracting(ActorMention::title)
			.containsExactly("Minister", "Minister");
	}

	@Test
	void aSurnameThatIsAlsoAnEnglishWordNeedsATitleOrHonorific() {
		assertThat(find("An official said the talks went well.")).isEmpty();
		assertThat(find("Vice Minister An said the talks went well.")).singleElement()
			.satisfies((m) -> assertThat(m.actor().slug()).isEqualTo("an-wei"));
	}

	@Test
	void familyNameFirstWhereTheCountryWritesItSo() {
		assertThat(find("Mr An said the talks went well.")).singleElement()
			.satisfies((m) -> assertThat(m.actor().slug()).isEqualTo("an-wei"));
	}

	@Test
	void titlesReadTheSameWhicheverWayTheyAreWritten() {
		assertThat(Titles.key("Vice-Energy Minister")).isEqualTo(Titles.key("Vice Minister of Energy"));
		assertThat(Titles.key("U.S. Trade Representative")).isEqualTo(Titles.key("Trade Representative"));
	}

	@Test
	void aMinistryIsFoundUnderEitherWordOrder() {
		assertThat(find("China's Energy Ministry announced new quotas.")).singleElement()
			.satisfies((m) -> assertThat(m.actor().slug()).isEqualTo("energy-ministry"));
		assertThat(find("The Ministry of Energy announced new quotas.")).singleElement()
			.satisfies((m) -> assertThat(m.actor().slug()).isEqualTo("energy-ministry"));
	}

	@Test
	void aCountryActingStandsForItsGovernment() {
		assertThat(find("Canada imposed tariffs on steel.")).singleElement()
			.satisfies((m) -> assertThat(m.actor().slug()).isEqualTo("ottawa"));
		assertThat(find("Exports to Canada fell.")).isEmpty();
	}

}
