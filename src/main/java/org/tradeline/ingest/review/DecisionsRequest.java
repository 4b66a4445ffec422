package org.tradeline.ingest.review;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.tradeline.web.Characters;

/**
 * Decisions on suggestions of one source, taken together or not at all. Accepting may edit the value
 * (checked by the claim rules) and name an existing subject instead of the suggested one.
 */
record DecisionsRequest(@NotNull @Size(min = 1, max = 500) List<@NotNull @Valid Decision> decisions) {

	record Decision(@NotNull @Min(1) @Max(100_000) Integer number,
			@NotNull @Characters(max = 6) @Pattern(regexp = "accept|reject",
					message = "decision must be accept or reject") String decision,
			@Characters(max = 200) String value, @Characters(max = 300) String valueLabel,
			@Valid DecisionSubject subject) {

		boolean accepts() {
			return "accept".equals(this.decision);
		}

	}

	/** @param type event, actor or figure */
	record DecisionSubject(@NotBlank @Characters(max = 10) String type, @NotBlank @Characters(max = 120) String slug) {
	}

}
