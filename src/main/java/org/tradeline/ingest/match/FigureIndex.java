package org.tradeline.ingest.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tradeline.ingest.Known;
import org.tradeline.ingest.rules.FigureMention;
import org.tradeline.ingest.rules.SentenceReading;
import org.tradeline.ingest.text.Sentence;
import org.tradeline.ingest.text.Texts;
import org.tradeline.ingest.text.Token;

/**
 * Known figures by unit, so a number in the text is compared only with figures of its unit: the one
 * whose label shares enough rare words with the words just around the number ("processing about 90
 * per cent" is the processing share, not the mining share in the same sentence).
 */
public final class FigureIndex {

	private static final double THRESHOLD = 2.0;

	private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
			"august", "september", "october", "november", "december");

	/** Words after which a month is the base of a comparison ("rose 23% from April"), not what is measured. */
	private static final Set<String> BASES = Set.of("from", "since", "than", "over");

	private static final Set<String> RANGE_ENDS = Set.of("to", "through", "until", "-");

	private record Indexed(Known.Figure figure, Set<String> stems) {
	}

	private final Map<String, List<Indexed>> byUnit = new HashMap<>();

	private final Map<String, Double> idf = new HashMap<>();

	public FigureIndex(List<Known.Figure> figures) {
		Map<String, Integer> df = new HashMap<>();
		for (Known.Figure figure : figures) {
			Set<String> stems = new HashSet<>();
			for (Token t : Texts.words(figure.label(), 0, figure.label().length())) {
				// "May" is a stopword as a verb; in a label it is the month that sets a figure apart
				boolean month = "May".equals(t.text());
				for (String part : t.folded().split("-")) {
					if ((month || !Texts.STOPWORDS.contains(part)) && part.length() > 1) {
						stems.add(Texts.stem(part));
					}
				}
			}
			stems.forEach((s) -> df.merge(s, 1, Integer::sum));
			this.byUnit.computeIfAbsent(normalUnit(figure.unit()), (k) -> new ArrayList<>()).add(new Indexed(figure, stems));
		}
		int n = figures.size();
		// smoothed so that a store with a single figure can still recognise it
		df.forEach((stem, count) -> this.idf.put(stem, 1.0 + Math.log((n + 1.0) / (count + 0.5))));
	}

	private static String normalUnit(String unit) {
		String u = unit.toLowerCase(java.util.Locale.ROOT);
		return switch (u) {
			case "%", "per cent", "percentage" -> "percent";
			case "tons", "ton", "tonne", "metric tons" -> "tonnes";
			case "day" -> "days";
			default -> u;
		};
	}

	/** The known figure this number states, with how well its words agree, or null. */
	public Known.Figure match(FigureMention mention, SentenceReading reading) {
		List<Indexed> candidates = this.byUnit.getOrDefault(mention.unit(), List.of());
		Sentence sentence = reading.sentence();
		int at = sentence.tokenAt(mention.start());
		Known.Figure best = null;
		double bestScore = THRESHOLD;
		for (Indexed c : candidates) {
			// among figures of one unit, the words around the number must name what sets this one apart;
			// one whose every word another's label has too ("exports in May" beside "exports, January to
			// May") is set apart by the words around naming none of what the others add
			Set<String> distinctive = new HashSet<>(c.stems());
			Set<String> foreign = new HashSet<>();
			candidates.stream().filter((o) -> o != c).forEach((o) -> {
				distinctive.removeAll(o.stems());
				foreign.addAll(o.stems());
			});
			foreign.removeAll(c.stems());
			Set<String> seen = new HashSet<>();
			double score = 0;
			boolean apart = candidates.size() == 1;
			boolean foreignNamed = false;
			for (int k = Math.max(0, at - 4); k < Math.min(sentence.tokens().size(), at + 8); k++) {
				if (comparisonBase(sentence, k)) {
					continue;
				}
				String stem = reading.stems().get(k);
				foreignNamed |= foreign.contains(stem);
				if (c.stems().contains(stem) && seen.add(stem)) {
					score += this.idf.getOrDefault(stem, 0.0);
					apart |= distinctive.contains(stem);
				}
			}
			if (!apart && !(distinctive.isEmpty() && !foreignNamed)) {
				continue;
			}
			for (int k = 0; k < sentence.tokens().size(); k++) {
				String stem = reading.stems().get(k);
				if (!comparisonBase(sentence, k) && c.stems().contains(stem) && seen.add(stem)) {
					score += 0.3 * this.idf.getOrDefault(stem, 0.0);
				}
			}
			if (score > bestScore) {
				bestScore = score;
				best = c.figure();
			}
		}
		return best;
	}

	/** A month after "from", "since", "than" or "over", unless it starts a range ("from January to May"). */
	private static boolean comparisonBase(Sentence sentence, int k) {
		List<Token> tokens = sentence.tokens();
		return k > 0 && MONTHS.contains(tokens.get(k).folded()) && BASES.contains(tokens.get(k - 1).folded())
				&& !(k + 1 < tokens.size() && RANGE_ENDS.contains(tokens.get(k + 1).folded()));
	}

}
