package org.tradeline.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * How long text may be, in characters as the contract's {@code minLength} and {@code maxLength} count
 * them ({@link Text#length}, Unicode code points): {@code @Size} would count UTF-16 code units, so an
 * emoji would count twice. Null is valid, as for {@code @Size}. The published contract states the
 * bounds as {@code minLength} and {@code maxLength} (see {@code OpenApiConfig}).
 */
@Documented
@Constraint(validatedBy = Characters.Check.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
		ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface Characters {

	int min() default 0;

	int max() default Integer.MAX_VALUE;

	/** By default the message names only the bounds that apply: "at most 120 characters" without a minimum. */
	String message() default "";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Check implements ConstraintValidator<Characters, CharSequence> {

		private int min;

		private int max;

		private String message;

		@Override
		public void initialize(Characters bounds) {
			this.min = bounds.min();
			this.max = bounds.max();
			this.message = bounds.message().isEmpty() ? ((this.min == 0) ? "length must be at most {max} characters"
					: "length must be between {min} and {max} characters") : bounds.message();
		}

		@Override
		public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
			if (value == null) {
				return true;
			}
			int length = Text.length(value.toString());
			if (length >= this.min && length <= this.max) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(this.message).addConstraintViolation();
			return false;
		}

	}

}
