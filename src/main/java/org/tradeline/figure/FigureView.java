package org.tradeline.figure;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.tradeline.cache.etag.EntityTagged;
import org.tradeline.provenance.ClaimView;
import org.tradeline.provenance.DisputeView;

/**
 * A figure with every claim stating it. amount is the value as recorded; when sources state other
 * values, disputed is true and disputes lists each of them. approximate says whether a source states
 * the amount with a qualifier, and qualifiers which ("nearly", "about"): the amount is no more exact
 * than its sources. updatedAt is the last change of the figure or of a published claim about it, its
 * place in a sync.
 */
record FigureView(String slug, String label, BigDecimal amount, String unit, boolean approximate,
		List<String> qualifiers, Period period, String event,
		boolean disputed, List<ClaimView> claims, List<DisputeView> disputes,
		Instant updatedAt) implements EntityTagged, FigureRow {

	record Period(LocalDate start, LocalDate end) {
	}

}
