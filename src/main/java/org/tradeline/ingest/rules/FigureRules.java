package org.tradeline.ingest.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tradeline.ingest.text.Sentence;

/**
 * Numbers with a unit: percentages ("23%", "nearly 70 per cent"), masses ("5,864.6 tons"), money
 * ("$50 billion") and durations ("90-day", "30 days"). A duration that only places something in time
 * ("30 days after", "within 10 days") is a date offset, not a figure.
 */
public final class FigureRules {

	private static final Pattern NUMBER_UNIT = Pattern.compile(
			"(?<qual>\\b(?:nearly|about|approximately|around|almost|roughly|some|over|more than|less than|up|down)\\s+)?"
					// A number starts a token: the 10 of "1.5e10" or "v10" is none.
					+ "(?<cur>[$€£])?(?<![\\w.,])(?<num>\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(?<frac>\\d+))?"
					+ "(?<unit>\\s?%|\\s+per\\s?cent\\b|\\s+percent\\b|\\s+(?:metric\\s+)?(?:tons|tonnes)\\b"
					+ "|-(?:day|week|month|year)\\b|\\s+(?:days|weeks|months|years)\\b"
					+ "|\\s+(?:billion|million|trillion)\\b)");

	private static final Pattern OFFSET_AFTER = Pattern.compile("^\\s+(?:after|before|ago|later|earlier|since|from now)\\b");

	private static final Pattern OFFSET_BEFORE = Pattern.compile("\\b(?:within|in|for|over|past|last|next)\\s+$");

	private static final Pattern NOUN_AFTER = Pattern.compile("^\\s+[\\p{L}]+");

	private FigureRules() {
	}

	public static List<FigureMention> find(String text, String folded, Sentence sentence) {
		List<FigureMention> found = new ArrayList<>();
		Matcher m = NUMBER_UNIT.matcher(folded).region(sentence.start(), sentence.end());
		while (m.find()) {
			String unitText = m.group("unit").strip();
			String number = m.group("num").replace(",", "") + (m.group("frac") != null ? "." + m.group("frac") : "");
			BigDecimal amount = new BigDecimal(number);
			String unit;
			if (unitText.startsWith("%") || unitText.startsWith("per") || unitText.equals("percent")) {
				unit = "percent";
			}
			else if (unitText.contains("ton")) {
				unit = "tonnes";
			}
			else if (unitText.matches("-?(day|days)")) {
				unit = "days";
			}
			else if (unitText.matches("-?(week|weeks)")) {
				unit = "weeks";
			}
			else if (unitText.matches("-?(month|months)")) {
				unit = "months";
			}
			else if (unitText.matches("-?(year|years)")) {
				unit = "years";
			}
			else {
				amount = amount.multiply(switch (unitText) {
					case "billion" -> BigDecimal.TEN.pow(9);
					case "million" -> BigDecimal.TEN.pow(6);
					default -> BigDecimal.TEN.pow(12);
				});
				unit = switch (m.group("cur") == null ? "" : m.group("cur")) {
					case "$" -> "usd";
					case "€" -> "eur";
					case "£" -> "gbp";
					default -> "count";
				};
			}
			int numberStart = (m.group("cur") != null) ? m.start("cur") : m.start("num");
			boolean duration = unit.equals("days") || unit.equals("weeks") || unit.equals("months") || unit.equals("years");
			if (duration && !unitText.startsWith("-")
					&& (OFFSET_AFTER.matcher(folded.substring(m.end(), sentence.end())).find()
							|| OFFSET_BEFORE.matcher(folded.substring(sentence.start(), m.start())).find())) {
				continue;
			}
			int labelStart = (m.group("qual") != null && !m.group("qual").isBlank()) ? m.start("qual") : numberStart;
			int labelEnd = m.end();
			if (unitText.startsWith("-")) {
				// "90-day truce": the noun the duration qualifies belongs in the label
				Matcher noun = NOUN_AFTER.matcher(text.substring(m.end(), sentence.end()));
				if (noun.find()) {
					labelEnd = m.end() + noun.end();
				}
			}
			found.add(new FigureMention(numberStart, m.end(), amount, unit, text.substring(labelStart, labelEnd),
					"figure-number-unit"));
		}
		return found;
	}

}
