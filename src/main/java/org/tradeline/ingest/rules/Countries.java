package org.tradeline.ingest.rules;

import java.util.Map;
import java.util.Set;

/** Country names and adjectives as English texts write them, keyed to the store's country codes. */
final class Countries {

	static final Map<String, String> ADJECTIVES = Map.ofEntries(Map.entry("us", "US"), Map.entry("u.s.", "US"),
			Map.entry("american", "US"), Map.entry("america", "US"), Map.entry("united states", "US"),
			Map.entry("china", "CN"), Map.entry("chinese", "CN"), Map.entry("uk", "GB"), Map.entry("u.k.", "GB"),
			Map.entry("british", "GB"), Map.entry("britain", "GB"), Map.entry("japan", "JP"),
			Map.entry("japanese", "JP"), Map.entry("eu", "EU"), Map.entry("european", "EU"), Map.entry("india", "IN"),
			Map.entry("indian", "IN"), Map.entry("russia", "RU"), Map.entry("russian", "RU"),
			Map.entry("germany", "DE"), Map.entry("german", "DE"), Map.entry("france", "FR"),
			Map.entry("french", "FR"), Map.entry("canada", "CA"), Map.entry("canadian", "CA"),
			Map.entry("mexico", "MX"), Map.entry("mexican", "MX"), Map.entry("korea", "KR"),
			Map.entry("korean", "KR"), Map.entry("taiwan", "TW"), Map.entry("taiwanese", "TW"),
			Map.entry("australia", "AU"), Map.entry("australian", "AU"), Map.entry("vietnam", "VN"),
			Map.entry("vietnamese", "VN"), Map.entry("brazil", "BR"), Map.entry("brazilian", "BR"));

	/** What English texts call a country's government when it acts: "the US accused", "China imposed". */
	static final Map<String, String> NOUNS = Map.ofEntries(Map.entry("us", "US"), Map.entry("u.s.", "US"),
			Map.entry("united states", "US"), Map.entry("america", "US"), Map.entry("china", "CN"),
			Map.entry("uk", "GB"), Map.entry("britain", "GB"), Map.entry("japan", "JP"), Map.entry("india", "IN"),
			Map.entry("russia", "RU"), Map.entry("germany", "DE"), Map.entry("france", "FR"),
			Map.entry("canada", "CA"), Map.entry("mexico", "MX"), Map.entry("brazil", "BR"),
			Map.entry("australia", "AU"), Map.entry("vietnam", "VN"), Map.entry("taiwan", "TW"));

	/** Countries whose names are written family name first in English reporting. */
	static final Set<String> FAMILY_NAME_FIRST = Set.of("CN", "TW", "HK", "KR", "KP", "VN");

	/** Words for a whole country or region, which are not an event's location in these rules. */
	static final Set<String> REGIONS = Set.of("us", "u.s.", "usa", "america", "united states", "china", "uk",
			"u.k.", "britain", "europe", "asia", "africa", "japan", "india", "russia", "germany", "france", "canada",
			"mexico", "korea", "taiwan", "australia", "vietnam", "brazil", "world", "west", "east");

	private Countries() {
	}

	/** The country code of an adjective such as "U.S.", "Chinese" or "China's", or null. */
	static String of(String folded) {
		String word = folded.endsWith("'s") ? folded.substring(0, folded.length() - 2) : folded;
		return ADJECTIVES.get(word);
	}

}
