package org.tradeline.figure;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a figure's amount and period may be: the one rule for the API's writes and a backup's rows.
 * The amount column is numeric(20, 4), so an amount has at most four decimal places, and the API
 * keeps it to sixteen integer digits.
 */
public final class FigureRules {

	/** The smallest amount, as the request's bounds say it. */
	static final String MIN_AMOUNT = "-9999999999999999";

	/** The largest amount, as the request's bounds say it. */
	static final String MAX_AMOUNT = "9999999999999999";

	private static final int AMOUNT_SCALE = 4;

	private FigureRules() {
	}

	/** Why the amount cannot be a figure's, as said of its field, or null if it can. */
	public static String amountProblem(BigDecimal amount, String field) {
		if (amount.compareTo(new BigDecimal(MIN_AMOUNT)) < 0 || amount.compareTo(new BigDecimal(MAX_AMOUNT)) > 0) {
			return field + " must be from " + MIN_AMOUNT + " to " + MAX_AMOUNT;
		}
		if (amount.scale() > AMOUNT_SCALE) {
			return field + " may have at most " + AMOUNT_SCALE + " decimal places";
		}
		return null;
	}

	/** Why these cannot be a figure's period, as said of the end's field, or null if they can. */
	public static String periodProblem(LocalDate start, LocalDate end, String startField, String endField) {
		if (end == null) {
			return null;
		}
		if (start == null) {
			return endField + " needs " + startField;
		}
		return end.isBefore(start) ? endField + " must not be before " + startField : null;
	}

}
