package org.tradeline.ingest;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.tradeline.calendar.PartialDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The engine end to end, on a small store and sentences written for these tests. */
class SuggestionEngineTest {

	static final LocalDate PUBLISHED = LocalDate.of(2025, 3, 21);

	static final Known KNOWN = new Known(
			List.of(new Known.Actor("maria-santos", "Maria Santos", "PERSON", "BR", "Finance Minister"),
					new Known.Actor("kenji-sato", "Kenji Sato", "PERSON", "JP", "Trade Minister"),
					new Known.Actor("chidi-okafor", "Chidi Okafor", "PERSON", "NG", "Trade Minister")),
			List.of(new Known.Event("nairobi-coffee-talks", "Nairobi talks on coffee tariffs", "TALKS",
					PartialDate.parse("2025-03-04"), null, "Nairobi", List.of("kenji-sato")),
					new Known.Event("okafor-warns-on-levies", "Okafor warns exporters on levies", "STATEMENT", null, null,
							null, List.of("chidi-okafor"))),
			List.of(new Known.Figure("brazil-share-coffee-exports", "Brazil's share of world coffee exports", "percent",
					null, null)),
			List.of(new Known.Attribute("start-date", "Date", "EVENT", "DATE", true),
					new Known.Attribute("location", "Location", "EVENT", "TEXT", true),
					new Known.Attribute("participant", "Participant", "EVENT", "ACTOR", false),
					new Known.Attribute("brazil-finance-minister", "Brazil's Finance Minister", "EVENT", "ACTOR", true),
					new Known.Attribute("japan-lead-negotiator", "Head of Japan's delegation", "EVENT", "ACTOR", true),
					new Known.Attribute("title", "Title", "ACTOR", "TEXT", false),
					new Known.Attribute("amount", "Amount", "FIGURE", "NUMBER", true)));

	final SuggestionEngine engine = new SuggestionEngine();

	List<Suggestion> suggest(String text) {
		Suggestions suggestions = this.engine.suggest(new Document(text, PUBLISHED, "en"), KNOWN);
		assertThat(suggestions.supported()).isTrue();
		return suggestions.items();
	}

	@Test
	void matchesAKnownEventByDatePlaceAndPeople() {
		List<Suggestion> found = suggest(
				"Brazilian Finance Minister Maria Santos joined a delegation led by Kenji Sato in Nairobi on March 4 for the coffee talks.");
		assertThat(found).extracting((s) -> s.subject().key(), Suggestion::attribute, Suggestion::value)
			.contains(tuple("nairobi-coffee-talks", "start-date", "2025-03-04"),
					tuple("nairobi-coffee-talks", "location", "Nairobi"),
					tuple("nairobi-coffee-talks", "participant", "maria-santos"),
					tuple("nairobi-coffee-talks", "participant", "kenji-sato"),
					tuple("nairobi-coffee-talks", "brazil-finance-minister", "maria-santos"),
					tuple("nairobi-coffee-talks", "japan-lead-negotiator", "kenji-sato"),
					tuple("maria-santos", "title", "Finance Minister"));
	}

	@Test
	void proposesANewEventForADatedSentenceNoKnownEventFits() {
		List<Suggestion> found = suggest("On March 18, Santos announced a tax on green coffee beans.");
		assertThat(found).filteredOn((s) -> s.subject().isProposed()).extracting(Suggestion::attribute, Suggestion::value)
			.containsExactlyInAnyOrder(tuple("start-date", "2025-03-18"), tuple("participant", "maria-santos"));
		assertThat(found.get(0).subject().title()).isEqualTo("On March 18, Santos announced a tax on green coffee beans");
	}

	@Test
	void theSamePeopleMeetingOnAnotherDayAreANewEventNotTheKnownOne() {
		// Both took part in the Nairobi talks of March 4; talks between them on March 18 are others.
		Known.Event nairobi = KNOWN.events().get(0);
		// A store of several events, so that "talks" is a rare enough title word to count.
		List<Known.Event> events = new java.util.ArrayList<>(List.of(new Known.Event(nairobi.slug(), nairobi.title(),
				nairobi.kind(), nairobi.date(), nairobi.end(), nairobi.location(), List.of("kenji-sato", "maria-santos"))));
		for (String other : List.of("levy", "quota", "harvest", "freight", "subsidy")) {
			events.add(new Known.Event(other + "-ruling", "Court rules on the " + other, "STATEMENT", null, null, null,
					List.of()));
		}
		Known both = new Known(KNOWN.actors(), events, KNOWN.figures(), KNOWN.attributes());
		List<Suggestion> found = this.engine.suggest(new Document(
				"Trade Minister Kenji Sato met Maria Santos in Lima on Tuesday, March 18, for two days of talks.",
				PUBLISHED, "en"), both).items();
		assertThat(found).filteredOn((s) -> s.attribute().equals("participant"))
			.extracting((s) -> s.subject().isProposed(), Suggestion::value)
			.containsExactlyInAnyOrder(tuple(true, "kenji-sato"), tuple(true, "maria-santos"));
		assertThat(found).extracting((s) -> s.subject().key()).doesNotContain("nairobi-coffee-talks");
	}

	@Test
	void aDayDuringAKnownSpanOfTalksDatesNeitherItsStartNorWithoutACueItsEnd() {
		Known.Event nairobi = KNOWN.events().get(0);
		Known twoDays = new Known(KNOWN.actors(),
				List.of(new Known.Event(nairobi.slug(), nairobi.title(), nairobi.kind(), nairobi.date(),
						LocalDate.parse("2025-03-05"), nairobi.location(), nairobi.participants())),
				KNOWN.figures(), KNOWN.attributes());
		List<Suggestion> found = this.engine.suggest(new Document(
				"Finance Minister Maria Santos began the coffee talks with Kenji Sato in Nairobi on Tuesday, March 4. "
						+ "Sato said the Nairobi talks on coffee tariffs were fruitful on March 5.",
				PUBLISHED, "en"), twoDays).items();
		assertThat(found).filteredOn((s) -> s.subject().key().equals("nairobi-coffee-talks"))
			.filteredOn((s) -> s.attribute().endsWith("-date"))
			.extracting(Suggestion::attribute, Suggestion::value)
			.containsExactly(tuple("start-date", "2025-03-04"));
		List<Suggestion> ended = this.engine.suggest(new Document(
				"The Nairobi talks on coffee tariffs between Maria Santos and Kenji Sato concluded on March 5.", PUBLISHED,
				"en"), twoDays).items();
		assertThat(ended).filteredOn((s) -> s.attribute().endsWith("-date"))
			.extracting((s) -> s.subject().key(), Suggestion::attribute, Suggestion::value)
			.containsExactly(tuple("nairobi-coffee-talks", "end-date", "2025-03-05"));
	}

	@Test
	void anUndatedMentionOfAKnownEventIsAnOccurrence() {
		List<Suggestion> found = suggest("Chidi Okafor warned exporters that new levies on coffee were coming.");
		assertThat(found).extracting((s) -> s.subject().key(), Suggestion::attribute, Suggestion::value)
			.contains(tuple("okafor-warns-on-levies", "participant", "chidi-okafor"),
					tuple("okafor-warns-on-levies", "occurrence", "occurred"));
	}

	@Test
	void aNumberStatesTheKnownFigureItsWordsDescribe() {
		List<Suggestion> found = suggest("Brazil supplies about 35 per cent of world coffee exports.");
		assertThat(found).filteredOn((s) -> s.attribute().equals("amount"))
			.singleElement()
			.satisfies((s) -> {
				assertThat(s.subject().key()).isEqualTo("brazil-share-coffee-exports");
				assertThat(s.value()).isEqualTo("35");
				assertThat(s.valueLabel()).isEqualTo("about 35 per cent");
			});
	}

	@Test
	void aFigureWhoseLabelAnotherContainsIsKnownByWhatTheOtherAdds() {
		Known twoOfOneUnit = new Known(KNOWN.actors(), KNOWN.events(),
				List.of(new Known.Figure("coffee-exports-may", "Brazil's coffee exports in May", "tonnes", null, null),
						new Known.Figure("coffee-exports-jan-may", "Brazil's cumulative coffee exports, January to May",
								"tonnes", null, null)),
				KNOWN.attributes());
		assertThat(amounts("Brazil said coffee exports in May reached 5,864.6 tonnes.", twoOfOneUnit))
			.containsExactly(tuple("coffee-exports-may", "5864.6"));
		assertThat(amounts("Brazil said coffee exports from January to May reached 24,827 tonnes.", twoOfOneUnit))
			.containsExactly(tuple("coffee-exports-jan-may", "24827"));
	}

	/**
	 * A month after "from" is the base of a change, not the month a figure measures: a change from
	 * April is no share of exports in April, and the change of May is what the words around name.
	 */
	@Test
	void aMonthComparedWithIsNotTheMonthMeasured() {
		Known shareAndChange = new Known(KNOWN.actors(), KNOWN.events(),
				List.of(new Known.Figure("coffee-share-apr", "US share of Brazil's coffee exports in April", "percent",
						null, null),
						new Known.Figure("coffee-exports-may-mom", "Month-on-month change in Brazil's coffee exports in May",
								"percent", null, null)),
				KNOWN.attributes());
		assertThat(amounts("Brazil's coffee exports in May rose 23% from April, officials said.", shareAndChange))
			.containsExactly(tuple("coffee-exports-may-mom", "23"));
		assertThat(amounts("The US share of Brazil's coffee exports in April was 12%, officials said.", shareAndChange))
			.containsExactly(tuple("coffee-share-apr", "12"));
	}

	private List<org.assertj.core.groups.Tuple> amounts(String text, Known known) {
		return this.engine.suggest(new Document(text, PUBLISHED, "en"), known)
			.items()
			.stream()
			.filter((s) -> s.attribute().equals("amount"))
			.map((s) -> tuple(s.subject().key(), s.value()))
			.toList();
	}

	@Test
	void anUnknownFigureIsProposedOncePerAmount() {
		List<Suggestion> found = suggest("Cocoa Output Falls 8%\nCocoa output fell 8% in February as storms hit the coast.");
		assertThat(found).filteredOn((s) -> s.attribute().equals("amount")).singleElement().satisfies((s) -> {
			assertThat(s.subject().isProposed()).isTrue();
			assertThat(s.excerpt()).startsWith("Cocoa output fell 8%");
		});
	}

	@Test
	void everyExcerptIsTheSubstringAtItsOffsetsAndAtMostOneSentence() {
		String clause = "officials from many ministries and agencies, along with advisers and observers, ";
		String text = "Before the talks, " + clause.repeat(5) + "met Finance Minister Maria Santos in Nairobi on March 4. "
				+ "Kenji Sato arrived later.";
		List<Suggestion> found = suggest(text);
		assertThat(found).isNotEmpty().allSatisfy((s) -> {
			assertThat(text.substring(s.start(), s.end())).isEqualTo(s.excerpt());
			assertThat(s.excerpt().length()).isLessThanOrEqualTo(SuggestionEngine.MAX_EXCERPT);
			assertThat(s.excerpt()).doesNotContain("Kenji Sato arrived");
		});
		assertThat(found).anySatisfy((s) -> assertThat(s.excerpt()).contains("Maria Santos"));
	}

	@Test
	void sameInputGivesTheSameSuggestions() {
		String text = "Finance Minister Maria Santos met Kenji Sato in Nairobi on March 4. Brazil supplies 35% of world coffee exports.";
		assertThat(suggest(text)).isEqualTo(suggest(text));
	}

	@Test
	void anotherLanguageIsReportedAsUnsupported() {
		Suggestions declared = this.engine.suggest(new Document("Die Minister trafen sich in Nairobi.", PUBLISHED, "de"),
				KNOWN);
		assertThat(declared.supported()).isFalse();
		assertThat(declared.items()).isEmpty();
		assertThat(declared.unsupportedReason()).contains("'de'");
		Suggestions undeclared = this.engine.suggest(new Document(
				"Die Minister trafen sich am Dienstag in Nairobi, um über die Zölle auf Kaffee zu sprechen, und sie wollen sich im April wieder treffen.",
				PUBLISHED, null), KNOWN);
		assertThat(undeclared.supported()).isFalse();
	}

	@Test
	void aOneLineLedeWithFewFunctionWordsReadsAsEnglish() {
		Suggestions lede = this.engine.suggest(new Document(
				"Customs data showed Brazil's coffee exports in March reached 5,864.6 tons, up sharply.", PUBLISHED,
				"en"), KNOWN);
		assertThat(lede.supported()).as(lede.unsupportedReason()).isTrue();
	}

	@Test
	void aShortTextInAnotherScriptOrWithoutWordsIsUnsupportedWhateverItsLabel() {
		for (String text : List.of("商务部长卢特尼克在伦敦会见何立峰。", "12345 67890 !!!! ???? 2025-06-10")) {
			Suggestions answer = this.engine.suggest(new Document(text, PUBLISHED, "en"), KNOWN);
			assertThat(answer.supported()).as(text).isFalse();
			assertThat(answer.unsupportedReason()).as(text).contains("does not read as English");
		}
		Suggestions withName = this.engine.suggest(new Document("Vice Premier He Lifeng (何立峰) met Lutnick in London.",
				PUBLISHED, "en"), KNOWN);
		assertThat(withName.supported()).isTrue();
	}

}
