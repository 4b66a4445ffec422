package org.tradeline.provenance.claim;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.tradeline.store.PublicationState;
import org.tradeline.web.Characters;
import org.tradeline.web.Text;

/**
 * A claim as written. source is the id of a source; subject names an event, actor or figure by
 * slug; value must parse for the attribute's value type (a partial date, a decimal, an actor slug).
 * Source and subject are fixed once the claim exists. state left out is published for a new claim and
 * unchanged for a replaced one; a published claim about a draft event is public once the event is.
 */
public record ClaimRequest(@NotNull @Min(1) Long source, @NotNull @Valid SubjectKey subject,
		@NotBlank @Characters(max = 60) String attribute, @NotBlank @Characters(max = 200) String value,
		@NotBlank @Characters(max = 300) String valueLabel, @NotBlank @Characters(max = 300) String excerpt,
		PublicationState state) {

	/** This request as a claim keeps it (see {@code ResourceWrites.asWritten}), its state left out being current. */
	ClaimRequest asWritten(PublicationState current) {
		return new ClaimRequest(this.source, this.subject, this.attribute, Text.strip(this.value),
				Text.strip(this.valueLabel), Text.strip(this.excerpt), (this.state != null) ? this.state : current);
	}

	/** @param type event, actor or figure */
	public record SubjectKey(@NotBlank @Characters(max = 10) String type,
			@NotBlank @Characters(max = 120) String slug) {
	}

	/** A claim given inline with a new source, which supplies the source. */
	public record Inline(@NotNull @Valid SubjectKey subject, @NotBlank @Characters(max = 60) String attribute,
			@NotBlank @Characters(max = 200) String value, @NotBlank @Characters(max = 300) String valueLabel,
			@NotBlank @Characters(max = 300) String excerpt) {

		public ClaimRequest of(long source) {
			return new ClaimRequest(source, this.subject, this.attribute, this.value, this.valueLabel, this.excerpt,
					null);
		}

	}

}
