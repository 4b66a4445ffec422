package org.tradeline.provenance;

import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.tradeline.calendar.IsoDate;
import org.tradeline.calendar.PartialDate;
import org.tradeline.provenance.dispute.DisputeDetector;

/** How claim values of an attribute are compared. */
public enum ValueType {

	/** Free text, equal when equal ignoring case, spacing (a no-break space too) and Unicode composition. */
	TEXT,
	/** A date at some precision; compatible when the days they allow overlap. */
	DATE,
	/** A decimal; equal by numeric value. */
	NUMBER,
	/** An actor slug. */
	ACTOR;

	// No exponent and no sign but minus: 1e999999999 is eleven characters and a billion digits.
	private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

	/** Whether a NUMBER value is written as claims write one: a plain decimal such as 30, -2.5 or 145000. */
	public static boolean isDecimal(String value) {
		return DECIMAL.matcher(value).matches();
	}

	/**
	 * Why value cannot be a claim value of this type, as said of its field, or null if it can: the one
	 * rule for the claim write path and a backup's rows. isActor tells whether a slug names an actor:
	 * a live one for a write, any of its own for a backup (a claim keeps an actor deleted later).
	 */
	public String problem(String value, String field, Predicate<String> isActor) {
		switch (this) {
			case DATE -> {
				try {
					date(value);
				}
				catch (IllegalArgumentException ex) {
					return field + " must be a date such as 2025-06-09, ~2025-06-11, 2025-05-mid or 2025-05, from "
							+ IsoDate.FIRST.getYear() + " to " + IsoDate.LAST.getYear();
				}
			}
			case NUMBER -> {
				if (!isDecimal(value)) {
					return field
							+ " must be a plain decimal number such as 30, -2.5 or 145000 (no exponent, no grouping)";
				}
			}
			case ACTOR -> {
				if (!isActor.test(value)) {
					return field + " must be the slug of an actor; no actor '" + value + "'";
				}
			}
			case TEXT -> {
				// Free text.
			}
		}
		return null;
	}

	/**
	 * The DATE value written {@code code}, or an IllegalArgumentException; the days it allows lie
	 * where stored days do ({@link IsoDate#FIRST} to {@link IsoDate#LAST}), as an event's must.
	 */
	public static PartialDate date(String code) {
		PartialDate date = PartialDate.parse(code);
		if (date.first().isBefore(IsoDate.FIRST) || date.last().isAfter(IsoDate.LAST)) {
			throw new IllegalArgumentException("A claimed date lies from " + IsoDate.FIRST + " to " + IsoDate.LAST);
		}
		return date;
	}

	/** Whether two values of this type could both be true, by the one rule disputes use ({@link DisputeDetector}). */
	public boolean compatible(String a, String b) {
		return DisputeDetector.compatible(this, a, b);
	}

}
