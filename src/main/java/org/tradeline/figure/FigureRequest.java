package org.tradeline.figure;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.tradeline.web.Characters;

/**
 * A figure as written; event is the slug of the event that released or set it, where an empty one
 * means none (as an event's empty location does). Slug fixed once created. Public for its
 * constraints, which a backup's rows are held to as well.
 */
public record FigureRequest(@NotBlank @Characters(max = 120) String slug, @NotBlank @Characters(max = 200) String label,
		@NotNull @DecimalMin(FigureRules.MIN_AMOUNT) @DecimalMax(FigureRules.MAX_AMOUNT) BigDecimal amount,
		@NotBlank @Characters(max = 30) String unit, @Valid Period period, @Characters(max = 120) String event) {

	public FigureRequest {
		event = (event != null && event.isBlank()) ? null : event;
	}

	record Period(@NotNull LocalDate start, LocalDate end) {
	}

}
