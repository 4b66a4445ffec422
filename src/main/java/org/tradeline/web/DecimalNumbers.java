package org.tradeline.web;

import java.beans.PropertyEditorSupport;
import java.util.function.Function;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Numbers in paths and query strings are plain decimals, as the contract's integers are. Spring's
 * fallback number editor would also read {@code 0x10} and {@code #10} as 16.
 */
@ControllerAdvice
class DecimalNumbers {

	@InitBinder
	void decimalOnly(WebDataBinder binder) {
		for (Class<?> type : new Class<?>[] { Integer.class, int.class }) {
			binder.registerCustomEditor(type, new Decimal(Integer::valueOf));
		}
		for (Class<?> type : new Class<?>[] { Long.class, long.class }) {
			binder.registerCustomEditor(type, new Decimal(Long::valueOf));
		}
	}

	private static final class Decimal extends PropertyEditorSupport {

		private final Function<String, Number> parse;

		Decimal(Function<String, Number> parse) {
			this.parse = parse;
		}

		@Override
		public void setAsText(String text) {
			// Empty means absent, as for Spring's own editor; a malformed number is a type mismatch (400).
			setValue((text == null || text.isEmpty()) ? null : this.parse.apply(text));
		}

	}

}
