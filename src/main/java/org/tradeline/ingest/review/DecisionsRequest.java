package org.tradeline.ingest.review;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

import org.tradeline.web.Characters;

/**
 * Decisions on suggestions of one source, taken together or not at all. Accepting may edit the value
 * (checked by the claim rules) and name an existing subject instead of the suggested one.
 */
record DecisionsRequest(@NotNull @Size(min = 1, max = 500) List<@NotNull @Valid Decision> decisions) {

	/** The bounds of number as the contract states them, for both of its bounds' refusals. */
	static final String NUMBER_RANGE = "number must be a whole number from 1 to 100000";

	record Decision(
			@NotNull @Min(value = 1, message = NUMBER_RANGE) @Max(value = 100_000,
					message = NUMBER_RANGE) @JsonDeserialize(using = NumberReader.class) Integer number,
			@NotNull @Characters(max = 6) @Pattern(regexp = "accept|reject",
					message = "decision must be accept or reject") String decision,
			@Characters(max = 200) String value, @Characters(max = 300) String valueLabel,
			@Valid DecisionSubject subject) {

		boolean accepts() {
			return "accept".equals(this.decision);
		}

		/** The fields given that edit what is accepted, which a rejection has nothing to apply to. */
		List<String> edits() {
			List<String> edits = new ArrayList<>();
			if (this.value != null) {
				edits.add("value");
			}
			if (this.valueLabel != null) {
				edits.add("valueLabel");
			}
			if (this.subject != null) {
				edits.add("subject");
			}
			return edits;
		}

	}

	/** @param type event, actor or figure */
	record DecisionSubject(@NotBlank @Characters(max = 10) String type, @NotBlank @Characters(max = 120) String slug) {
	}

	/**
	 * Reads number: a JSON integer past the range of int is past number's bounds as well, and is read as
	 * the nearest int so that the bounds refuse it with number's own range, as they refuse 0 or 100001,
	 * rather than the parser refusing it with int's. Any other value is read as any Integer is.
	 */
	static final class NumberReader extends ValueDeserializer<Integer> {

		@Override
		public Integer deserialize(JsonParser parser, DeserializationContext context) {
			if (parser.isExpectedNumberIntToken() && parser.getNumberType() != JsonParser.NumberType.INT) {
				return (parser.getBigIntegerValue().signum() < 0) ? Integer.MIN_VALUE : Integer.MAX_VALUE;
			}
			return context.readValue(parser, Integer.class);
		}

	}

}
