package org.tradeline.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.tradeline.calendar.IsoDate;

/**
 * How days are read ({@link IsoDate}): a date in a query is a well-formed day; a date in a body is
 * stored, so it must also lie in the range the store and the exports can hold. Neither takes the
 * signed or longer years, or the arrays and numbers, that the defaults would.
 */
@Configuration(proxyBeanMethods = false)
class Dates implements WebMvcConfigurer {

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addFormatterForFieldType(LocalDate.class, new Formatter<LocalDate>() {

			@Override
			public LocalDate parse(String text, Locale locale) {
				return IsoDate.parse(text.strip());
			}

			@Override
			public String print(LocalDate day, Locale locale) {
				return day.toString();
			}

		});
	}

	@Bean
	JsonMapperBuilderCustomizer storedDays() {
		SimpleModule days = new SimpleModule("stored-days").addDeserializer(LocalDate.class,
				new StdScalarDeserializer<LocalDate>(LocalDate.class) {

					@Override
					public LocalDate deserialize(JsonParser parser, DeserializationContext context) {
						// Only a JSON string reaches here (StrictInputConfig reads dates from strings only).
						String text = parser.getString();
						try {
							return IsoDate.parseStored(text);
						}
						catch (DateTimeParseException ex) {
							return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text,
									"must be " + IsoDate.STORED);
						}
					}

				});
		return builder -> builder.addModule(days);
	}

}
