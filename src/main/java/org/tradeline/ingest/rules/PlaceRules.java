package org.tradeline.ingest.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tradeline.ingest.text.Sentence;
import org.tradeline.ingest.text.Texts;

/**
 * Places after "in" or "at": one to three capitalised words that are not a month, a weekday, a
 * known actor's name or a whole country. Places already given as some event's location are marked
 * known; others are still proposed, as a new article may name a new city.
 */
public final class PlaceRules {

	private static final Pattern IN_PLACE = Pattern
		.compile("\\b(?:in|at)\\s+(\\p{Lu}[\\p{L}]+(?:\\s+\\p{Lu}[\\p{L}]+){0,2})");

	private static final Set<String> NOT_PLACES = Set.of("january", "february", "march", "april", "may", "june",
			"july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
			"thursday", "friday", "saturday", "sunday", "the", "a", "an", "this", "that", "his", "her", "their", "its",
			"response", "return", "addition", "turn", "particular", "fact", "total", "part", "short", "general",
			"order", "contrast", "comparison", "practice", "theory", "principle", "brief", "sum", "effect", "spite");

	private final Set<String> knownPlaces;

	private final Set<String> actorNames;

	public PlaceRules(Set<String> knownPlaces, Set<String> actorNames) {
		this.knownPlaces = knownPlaces;
		this.actorNames = actorNames;
	}

	public List<PlaceMention> find(String text, Sentence sentence) {
		List<PlaceMention> found = new ArrayList<>();
		Matcher m = IN_PLACE.matcher(text).region(sentence.start(), sentence.end());
		while (m.find()) {
			String name = m.group(1);
			if (m.end(1) < text.length() && (text.charAt(m.end(1)) == '’' || text.charAt(m.end(1)) == '\'')) {
				// "at Shanghai's Fudan University": the place is the institution's, not the event's
				continue;
			}
			String folded = Texts.fold(name);
			String first = folded.split(" ")[0];
			if (NOT_PLACES.contains(first) || Countries.REGIONS.contains(folded) || Countries.of(first) != null
					|| this.actorNames.contains(folded)) {
				continue;
			}
			// "in London on Monday": the place ends before a following capitalised non-place word
			String[] words = name.split(" ");
			int keep = words.length;
			for (int k = 1; k < words.length; k++) {
				if (NOT_PLACES.contains(words[k].toLowerCase(Locale.ROOT)) || this.knownPlaces.contains(Texts.fold(words[0]))) {
					keep = k;
					break;
				}
			}
			String place = String.join(" ", java.util.Arrays.copyOf(words, keep));
			found.add(new PlaceMention(m.start(1), m.start(1) + place.length(), place,
					this.knownPlaces.contains(Texts.fold(place))));
		}
		return found;
	}

}
