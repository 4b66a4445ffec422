package org.tradeline.web;

import java.beans.PropertyEditorSupport;
import java.util.function.Function;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Numbers and booleans in paths and query strings are read as the contract writes them: plain
 * decimals without a sign of {@code +} (Spring's fallback number editor would also read {@code 0x10}
 * and {@code #10} as 16, and {@code Long.valueOf} takes {@code +1}), and {@code true} or
 * {@code false} (Spring's boolean editor also takes yes, on, 1, no, off and 0, in any case). Leading
 * zeros are left alone: {@code 01} is still the decimal 1.
 */
@ControllerAdvice
public class ParameterSyntax {

	@InitBinder
	void plainValuesOnly(WebDataBinder binder) {
		for (Class<?> type : new Class<?>[] { Integer.class, int.class }) {
			binder.registerCustomEditor(type, new Plain(text -> Integer.valueOf(unsigned(text))));
		}
		for (Class<?> type : new Class<?>[] { Long.class, long.class }) {
			binder.registerCustomEditor(type, new Plain(text -> Long.valueOf(unsigned(text))));
		}
		for (Class<?> type : new Class<?>[] { Boolean.class, boolean.class }) {
			binder.registerCustomEditor(type, new Plain(ParameterSyntax::bool));
		}
	}

	/**
	 * {@code true} or {@code false}, exactly; null for an empty value (absent).
	 * @throws IllegalArgumentException for anything else
	 */
	public static Boolean bool(String text) {
		if (text == null || text.isEmpty()) {
			return null;
		}
		return switch (text) {
			case "true" -> Boolean.TRUE;
			case "false" -> Boolean.FALSE;
			default -> throw new IllegalArgumentException("Neither true nor false");
		};
	}

	private static String unsigned(String text) {
		if (text.startsWith("+")) {
			throw new NumberFormatException("A sign of +");
		}
		return text;
	}

	private static final class Plain extends PropertyEditorSupport {

		private final Function<String, Object> parse;

		Plain(Function<String, Object> parse) {
			this.parse = parse;
		}

		@Override
		public void setAsText(String text) {
			// Empty means absent, as for Spring's own editors; a malformed value is a type mismatch (400).
			setValue((text == null || text.isEmpty()) ? null : this.parse.apply(text));
		}

	}

}
