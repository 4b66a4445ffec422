package org.tradeline.figure;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tradeline.provenance.ClaimView;
import org.tradeline.provenance.ValueType;

/**
 * The words with which sources make a figure's amount less than exact ("nearly 70 per cent", "about
 * $5 billion", "90-odd"), read from the claims stating that amount: from each claim's verbatim
 * excerpt and its value label, next to the number. A claim's value is a plain decimal and keeps no
 * such word, so a figure would otherwise look exact where its source is not.
 */
final class Qualifiers {

	private static final String CURRENCY = "(?:US\\$|\\$|€|£|¥|RMB|USD|CNY)?\\s*";

	/** A qualifier ending right before the number (and its currency sign, if any). */
	private static final Pattern BEFORE = Pattern.compile("(?iu)(?:^|[^\\p{L}])(about|approximately|approx\\.|around|"
			+ "roughly|nearly|almost|close to|some|an estimated|estimated|circa|more than|over|at least|up to|"
			+ "less than|under|upwards of|upward of|just over|just under|well over|well under|~)\\s*" + CURRENCY + "$");

	/** A qualifier right after the number (and a unit word or sign, if any). */
	private static final Pattern AFTER = Pattern
		.compile("(?iu)^\\s*(?:%|per ?cent|[\\p{L}]+)?\\s*(-odd|odd|or so|or more|or less|plus|-plus|\\+)(?:[^\\p{L}]|$)");

	private Qualifiers() {
	}

	/** The qualifiers of the amount among the claims shown, each once, in the order of the claims. */
	static List<String> of(BigDecimal amount, List<ClaimView> claims) {
		String plain = amount.stripTrailingZeros().toPlainString();
		Set<String> found = new LinkedHashSet<>();
		for (ClaimView claim : claims) {
			if (claim.value() == null || !ValueType.NUMBER.compatible(claim.value(), plain)) {
				continue;
			}
			find(claim.excerpt(), plain, found);
			find(claim.valueLabel(), plain, found);
		}
		return List.copyOf(found);
	}

	private static void find(String text, String number, Set<String> found) {
		if (text == null) {
			return;
		}
		// 24,827 (and with a thin or no-break space) is 24827.
		String plain = text.replaceAll("(?<=\\d)[,\u00a0\u2009\u202f](?=\\d{3}(?!\\d))", "");
		Matcher at = Pattern.compile("(?<![\\d.])" + Pattern.quote(number) + "(?!\\d|\\.\\d)").matcher(plain);
		while (at.find()) {
			Matcher before = BEFORE.matcher(plain.substring(0, at.start()));
			if (before.find()) {
				found.add(before.group(1).toLowerCase(Locale.ROOT));
			}
			Matcher after = AFTER.matcher(plain.substring(at.end()));
			if (after.find()) {
				found.add(after.group(1).toLowerCase(Locale.ROOT).replaceFirst("^-", ""));
			}
		}
	}

}
