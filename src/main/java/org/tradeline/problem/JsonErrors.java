package org.tradeline.problem;

import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import org.tradeline.calendar.IsoDate;
import org.tradeline.store.WireName;

/** Names the field and the problem of a body Jackson could not read, without echoing internals. */
final class JsonErrors {

	// How the text rule's refusal ends its message (web.StrictInputConfig): ": contains <what>".
	private static final String TEXT_RULE = ": contains ";

	// How the parser's duplicate detection starts its message.
	private static final String DUPLICATE = "Duplicate Object property";

	private JsonErrors() {
	}

	/** Where in the body it failed; the names in it are the client's, so a long path is cut short. */
	static String path(JacksonException ex) {
		return Excerpt.of(fullPath(ex));
	}

	private static String fullPath(JacksonException ex) {
		// The parser knows where it failed to the last name; the path binding adds stops at the object
		// it was binding (a name twice inside "date" would be blamed on "date").
		if (ex instanceof StreamReadException read && read.processor() != null) {
			return pointed(read.processor().streamReadContext().pathAsPointer());
		}
		return ex.getPath()
			.stream()
			// Jackson names a collection's element "<list element>" beside its index; the index says it.
			.filter(ref -> ref.getPropertyName() == null || !ref.getPropertyName().startsWith("<"))
			.map(ref -> (ref.getPropertyName() != null) ? "." + ref.getPropertyName() : "[" + ref.getIndex() + "]")
			.collect(Collectors.joining())
			.replaceFirst("^\\.", "");
	}

	/**
	 * Where the parser stood when it failed (a name given twice, a number too large for its field),
	 * written as the bound fields' paths are: decisions[0].number.
	 */
	private static String pointed(JsonPointer pointer) {
		StringBuilder path = new StringBuilder();
		for (JsonPointer at = pointer; !at.matches(); at = at.tail()) {
			if (at.getMatchingIndex() >= 0) {
				path.append('[').append(at.getMatchingIndex()).append(']');
			}
			else {
				path.append(path.isEmpty() ? "" : ".").append(at.getMatchingProperty());
			}
		}
		return path.toString();
	}

	static String message(JacksonException ex) {
		String field = path(ex);
		if (ex.getOriginalMessage() != null && ex.getOriginalMessage().startsWith(DUPLICATE)) {
			return (field.isEmpty() ? "A field" : field) + " is given twice";
		}
		if (ex instanceof InputCoercionException outOfRange && outOfRange.getTargetType() != null) {
			return (field.isEmpty() ? "A number" : field) + " is out of range: it must be "
					+ range(outOfRange.getTargetType());
		}
		if (ex instanceof UnrecognizedPropertyException unknown) {
			return "Unknown field '" + Excerpt.of(unknown.getPropertyName()) + "'";
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

	private static String range(Class<?> type) {
		if (type == Integer.class || type == int.class) {
			return "a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
		}
		if (type == Long.class || type == long.class) {
			return "a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;
		}
		return describe(type);
	}

	/** What a value of this type must be, in the words of the contract rather than Java's. */
	static String describe(Class<?> type) {
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
