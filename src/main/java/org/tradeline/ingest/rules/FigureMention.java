package org.tradeline.ingest.rules;

import java.math.BigDecimal;

/** A number with a unit in the text ("5,864.6 tons", "23%", "90-day"), as offsets into the document. */
public record FigureMention(int start, int end, BigDecimal amount, String unit, String label, String rule) {

	/** The amount as the store writes it: plain digits, no grouping, no trailing zeros. */
	public String value() {
		return this.amount.stripTrailingZeros().toPlainString();
	}

}
