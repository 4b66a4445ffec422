package org.tradeline.figure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The live figures as other features (stats) read them: the figure table is read only through this. */
public interface Figures {

	/** How many figures are live. */
	long liveCount();

	/**
	 * The live figures over a period, ordered by unit, period start and end, and slug: the series a
	 * chart draws, one per unit.
	 */
	List<DatedFigure> dated();

	/**
	 * A figure over a period; the amount as stated (70, not 70.0000), approximate when a source words it
	 * with one of the qualifiers ("nearly", "about").
	 */
	record DatedFigure(long id, String slug, String label, BigDecimal amount, boolean approximate,
			List<String> qualifiers, String unit, LocalDate periodStart, LocalDate periodEnd) {
	}

}
