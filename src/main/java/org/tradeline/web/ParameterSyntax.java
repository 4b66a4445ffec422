package org.tradeline.web;

import java.beans.PropertyEditorSupport;
import java.math.BigInteger;
import java.util.Map;
import java.util.function.Function;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.tradeline.problem.InvalidParameterException;

/**
 * Numbers and booleans in paths and query strings are read as the contract writes them: plain
 * decimals of the digits 0-9 without a sign of {@code +} (Spring's fallback number editor would also
 * read {@code 0x10} and {@code #10} as 16, and {@code Long.valueOf} takes {@code +1} and the digits of
 * other scripts, {@code ١} and {@code １}), and {@code true} or {@code false} (Spring's boolean editor
 * also takes yes, on, 1, no, off and 0, in any case). Leading zeros are left alone: {@code 01} is
 * still the decimal 1. Like every query value, they are read without surrounding spaces, and a
 * blank one is absent ({@link Text#blankToNull}); a tab or line break in a query value, or any white
 * space in a path, is refused before this (RequestLine). A slug is at most as long as the contract allows.
 */
@ControllerAdvice
public class ParameterSyntax {

	/** The longest slug (openapi.yaml's maxLength for every slug, in a path or a filter). */
	public static final int MAX_SLUG_LENGTH = 120;

	private static final String SLUG = "slug";

	/** The contract's bounds of the numbers in paths (Id, RevisionNumber), by the parameter's name. */
	private static final Map<String, String> PATH_NUMBER_RANGES = Map.of("id", "from 1 to " + Long.MAX_VALUE, "number",
			"from 1 to " + Integer.MAX_VALUE);

	@InitBinder
	void plainValuesOnly(WebDataBinder binder) {
		// A simple value's binder is named after its parameter.
		String name = binder.getObjectName();
		for (Class<?> type : new Class<?>[] { Integer.class, int.class }) {
			binder.registerCustomEditor(type, new Plain(text -> Integer.valueOf(inRange(name, plainInteger(text),
					Integer.MIN_VALUE, Integer.MAX_VALUE))));
		}
		for (Class<?> type : new Class<?>[] { Long.class, long.class }) {
			binder.registerCustomEditor(type, new Plain(text -> Long.valueOf(inRange(name, plainInteger(text),
					Long.MIN_VALUE, Long.MAX_VALUE))));
		}
		for (Class<?> type : new Class<?>[] { Boolean.class, boolean.class }) {
			binder.registerCustomEditor(type, new Plain(ParameterSyntax::bool));
		}
	}

	/**
	 * A slug in a path, whatever the resource: one past the bound names nothing, and is refused as a
	 * parameter past its bound rather than looked up (and repeated in a 404).
	 */
	@InitBinder(SLUG)
	void boundedSlug(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new PropertyEditorSupport() {

			@Override
			public void setAsText(String text) {
				setValue(slug(SLUG, text));
			}

		});
	}

	/**
	 * The text, if it is no longer than a slug may be.
	 * @throws InvalidParameterException naming the parameter and the bound otherwise
	 */
	public static String slug(String parameter, String text) {
		if (text != null && Text.length(text) > MAX_SLUG_LENGTH) {
			throw new InvalidParameterException(parameter,
					parameter + " must be at most " + MAX_SLUG_LENGTH + " characters");
		}
		return text;
	}

	/**
	 * {@code true} or {@code false}, exactly; null for a blank value (absent).
	 * @throws IllegalArgumentException for anything else
	 */
	public static Boolean bool(String text) {
		String value = Text.blankToNull(text);
		if (value == null) {
			return null;
		}
		return switch (value) {
			case "true" -> Boolean.TRUE;
			case "false" -> Boolean.FALSE;
			default -> throw new IllegalArgumentException("Neither true nor false");
		};
	}

	/**
	 * The text if it is an integer as the contract writes one: an optional minus and the digits 0-9.
	 * @throws NumberFormatException for anything else
	 */
	public static String plainInteger(String text) {
		int first = text.startsWith("-") ? 1 : 0;
		if (first == text.length()) {
			throw new NumberFormatException("No digits");
		}
		for (int i = first; i < text.length(); i++) {
			if (text.charAt(i) < '0' || text.charAt(i) > '9') {
				throw new NumberFormatException("Not a plain decimal integer");
			}
		}
		return text;
	}

	/**
	 * The plain integer if it fits between the bounds; past them a path number is refused with its
	 * contract's range, as a body's number past its field's type is.
	 */
	private static String inRange(String parameter, String plain, long min, long max) {
		String range = PATH_NUMBER_RANGES.get(parameter);
		if (range != null && !fits(plain, min, max)) {
			throw new InvalidParameterException(parameter,
					parameter + " is out of range: it must be a whole number " + range);
		}
		return plain;
	}

	private static boolean fits(String plain, long min, long max) {
		BigInteger value = new BigInteger(plain);
		return value.compareTo(BigInteger.valueOf(min)) >= 0 && value.compareTo(BigInteger.valueOf(max)) <= 0;
	}

	private static final class Plain extends PropertyEditorSupport {

		private final Function<String, Object> parse;

		Plain(Function<String, Object> parse) {
			this.parse = parse;
		}

		@Override
		public void setAsText(String text) {
			// Blank means absent, as for Spring's own editors; a malformed value is a type mismatch (400).
			String value = Text.blankToNull(text);
			setValue((value == null) ? null : this.parse.apply(value));
		}

	}

}
