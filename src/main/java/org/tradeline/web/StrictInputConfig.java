package org.tradeline.web;

import java.time.temporal.Temporal;
import java.util.List;
import java.util.function.Consumer;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.cfg.MutableCoercionConfig;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;
import org.springframework.web.accept.ContentNegotiationStrategy;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.tradeline.problem.ProblemAccept;

/**
 * How strictly requests are read, beyond what each endpoint validates: JSON objects with a key twice
 * are refused (parsers disagree on which one wins), as are characters {@link Text} does not allow in
 * body strings, query values and paths (NUL, other controls, U+FFFE/U+FFFF, lone surrogates: the Atom
 * feed cannot carry them, PostgreSQL cannot store NUL; in a URL, tabs and line breaks too); a JSON
 * value of another type than the field's is refused, not converted; a query parameter given twice is refused; an Accept header that does
 * not parse is ignored rather than breaking the error answer; a media range with q=0 in Accept
 * is one the client refuses, whatever wildcard it sends beside it; and an empty Host is refused
 * where links are built from it.
 */
@Configuration(proxyBeanMethods = false)
class StrictInputConfig {

	@Bean
	JsonMapperBuilderCustomizer rejectDuplicateKeysAndForbiddenCharacters() {
		SimpleModule allowedText = new SimpleModule("allowed-text").addDeserializer(String.class,
				new StringDeserializer() {

					@Override
					public String deserialize(JsonParser parser, DeserializationContext context) {
						String text = super.deserialize(parser, context);
						if (text != null && !Text.isAllowed(text)) {
							return (String) context.handleWeirdStringValue(String.class, text,
									"contains " + Text.FORBIDDEN);
						}
						return text;
					}

				});
		return builder -> builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).addModule(allowedText);
	}

	/**
	 * A value is read only from the JSON type the contract gives its field: Jackson would otherwise
	 * truncate 1.9 to 1, store true or 1e999999 as the text "true" or "Infinity", parse "12.5" as a
	 * number, take an enum's index, and read [] as no date or [2025, 5, 11] as a date. Dates are strings.
	 * A JSON tree (a merge patch) keeps a decimal number as written, as a field does: read as a double,
	 * 1e-400 would become 0 and 1e400 no number at all.
	 */
	@Bean
	JsonMapperBuilderCustomizer refuseCoercedScalars() {
		ValueDeserializerModifier textOnlyDates = new ValueDeserializerModifier() {

			@Override
			public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config,
					BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
				return Temporal.class.isAssignableFrom(description.getBeanClass()) ? new TextOnly(deserializer) : deserializer;
			}

		};
		SimpleModule datesAsText = new SimpleModule("dates-as-text").setDeserializerModifier(textOnlyDates);
		return builder -> builder
			.withCoercionConfig(LogicalType.Textual, refuse(CoercionInputShape.Integer, CoercionInputShape.Float,
					CoercionInputShape.Boolean))
			.withCoercionConfig(LogicalType.Integer, refuse(CoercionInputShape.Float, CoercionInputShape.String,
					CoercionInputShape.Boolean))
			.withCoercionConfig(LogicalType.Float, refuse(CoercionInputShape.String, CoercionInputShape.Boolean))
			.withCoercionConfig(LogicalType.Boolean, refuse(CoercionInputShape.String, CoercionInputShape.Integer,
					CoercionInputShape.Float))
			.enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
			.enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
			.disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
			.addModule(datesAsText);
	}

	private static Consumer<MutableCoercionConfig> refuse(CoercionInputShape... shapes) {
		return config -> {
			for (CoercionInputShape shape : shapes) {
				config.setCoercion(shape, CoercionAction.Fail);
			}
		};
	}

	/** A date or date-time deserializer that takes a JSON string only (null is handled before it). */
	private static final class TextOnly extends DelegatingDeserializer {

		TextOnly(ValueDeserializer<?> delegate) {
			super(delegate);
		}

		@Override
		protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
			return new TextOnly(delegate);
		}

		@Override
		public Object deserialize(JsonParser parser, DeserializationContext context) {
			if (!parser.hasToken(JsonToken.VALUE_STRING)) {
				return context.handleUnexpectedToken(handledType(), parser);
			}
			return super.deserialize(parser, context);
		}

	}

	/**
	 * Only whether tradeline.public-base-url ({@link PublicLinks}) is set matters here: then no link is
	 * built from the request's Host.
	 */
	@Bean
	RequestLine requestLineFilter(@Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver,
			Environment environment) {
		return new RequestLine(resolver, !StringUtils.hasText(environment.getProperty("tradeline.public-base-url")));
	}

	/**
	 * RFC 9110 12.4.2: quality 0 is "not acceptable", while Spring MVC sorts it last and would answer in
	 * it, and a wildcard beside it would readmit it ({@link AcceptedMediaTypes}). The read cache keys on
	 * what this negotiation gives (ReadRoutes): never another representation.
	 */
	@Bean
	WebMvcConfigurer refuseQualityZero(
			@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings) {
		ContentNegotiationStrategy accepted = new AcceptedMediaTypes(mappings);
		return new WebMvcConfigurer() {

			@Override
			public void configureContentNegotiation(ContentNegotiationConfigurer configurer) {
				configurer.strategies(List.of(accepted));
			}

			@Override
			public void addInterceptors(InterceptorRegistry registry) {
				registry.addInterceptor(new ProblemAccept(accepted));
			}

		};
	}

}
