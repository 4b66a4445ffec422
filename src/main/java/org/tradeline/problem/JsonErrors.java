package org.tradeline.problem;

import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import org.tradeline.calendar.IsoDate;
import org.tradeline.store.WireName;

/** Names the field and the problem of a body Jackson could not read, without echoing internals. */
final class JsonErrors {

	// How the text rule's refusal ends its message (web.StrictInputConfig): ": contains <what>".
	private static final String TEXT_RULE = ": contains ";

	private JsonErrors() {
	}

	static String path(JacksonException ex) {
		return ex.getPath()
			.stream()
			// Jackson names a collection's element "<list element>" beside its index; the index says it.
			.filter(ref -> ref.getPropertyName() == null || !ref.getPropertyName().startsWith("<"))
			.map(ref -> (ref.getPropertyName() != null) ? "." + ref.getPropertyName() : "[" + ref.getIndex() + "]")
			.collect(Collectors.joining())
			.replaceFirst("^\\.", "");
	}

	static String message(JacksonException ex) {
		String field = path(ex);
		if (ex instanceof UnrecognizedPropertyException unknown) {
			return "Unknown field '" + unknown.getPropertyName() + "'";
		}
		if (ex instanceof InvalidFormatException invalid && invalid.getTargetType() == String.class
				&& invalid.getOriginalMessage().contains(TEXT_RULE)) {
			// Refused by the text rule (web.StrictInputConfig), which states what it refuses.
			return (field.isEmpty() ? "value" : field) + " contains a character that is not allowed: "
					+ invalid.getOriginalMessage().replaceFirst("(?s).*" + TEXT_RULE, "");
		}
		if (ex instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
			return (field.isEmpty() ? "body" : field) + " must be "
					+ describe(mismatched.getTargetType());
		}
		return "The body is not valid JSON";
	}

	@SuppressWarnings("unchecked")
	private static String choices(Class<?> type) {
		return WireName.choices((Class<? extends Enum<?>>) type);
	}

	private static String describe(Class<?> type) {
		if (java.util.Collection.class.isAssignableFrom(type)) {
			return "an array";
		}
		if (type == LocalDate.class) {
			return IsoDate.STORED;
		}
		if (type == String.class) {
			return "a string";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "true or false";
		}
		if (Temporal.class.isAssignableFrom(type)) {
			return "a string in the documented format";
		}
		if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
			return "a whole number";
		}
		if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
			return "a number";
		}
		if (type.isEnum()) {
			return "one of " + choices(type);
		}
		return "an object of the documented shape";
	}

}
