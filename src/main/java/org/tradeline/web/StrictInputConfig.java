package org.tradeline.web;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
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
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.MimeTypeUtils;
import org.springframework.util.StringUtils;
import org.springframework.web.accept.ContentNegotiationStrategy;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriUtils;
import org.tradeline.problem.Excerpt;
import org.tradeline.problem.InvalidParameterException;
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

	/**
	 * The one input policy for the request line, before any handler runs: a query value (or name)
	 * holding a character {@link Text#isAllowedInRequestLine} does not allow (a tab or line break
	 * included, which would otherwise be stripped as surrounding white space) is refused, naming the
	 * parameter, as is a path segment holding such a character or any white space (no slug, id or
	 * file name does, so such a path names nothing: " 1" is no id), and a parameter given more than
	 * once (no operation takes a list, and the container would join or pick the values silently);
	 * an Accept header that does not parse, or lists more
	 * media types than Spring will sort, counts as none (RFC 9110: without an Accept the client takes
	 * any media type). The query is decoded here from the raw string, so no request parameter is
	 * parsed (and no form body read) this early, and the read cache never keys on a repeated name.
	 * Where links are built from the request, an empty Host is refused too (the container refuses a
	 * missing or repeated one).
	 */
	static final class RequestLine extends OncePerRequestFilter {

		private static final String EMPTY_HOST = "The Host header is empty; it must name the host this request is for";

		private final HandlerExceptionResolver resolver;

		private final boolean linksFromHost;

		RequestLine(HandlerExceptionResolver resolver, boolean linksFromHost) {
			this.resolver = resolver;
			this.linksFromHost = linksFromHost;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			// An http URI has a host (RFC 9110 4.2.1), and RFC 9112 3.2 answers an invalid Host with 400:
			// links built from an empty one would read http://:8080/. HTTP/1.0 may omit Host, and the
			// container then names its own address.
			InvalidParameterException refused = (this.linksFromHost && request.getServerName().isEmpty())
					? new InvalidParameterException(HttpHeaders.HOST, EMPTY_HOST) : pathRefusal(request.getRequestURI());
			if (refused == null) {
				refused = refusal(request.getQueryString());
			}
			if (refused != null) {
				this.resolver.resolveException(request, response, null, refused);
				return;
			}
			List<String> accepts = Collections.list(request.getHeaders(HttpHeaders.ACCEPT));
			if (!accepts.isEmpty() && !parses(accepts)) {
				request = new HttpServletRequestWrapper(request) {

					@Override
					public String getHeader(String name) {
						return HttpHeaders.ACCEPT.equalsIgnoreCase(name) ? null : super.getHeader(name);
					}

					@Override
					public Enumeration<String> getHeaders(String name) {
						return HttpHeaders.ACCEPT.equalsIgnoreCase(name) ? Collections.emptyEnumeration()
								: super.getHeaders(name);
					}

				};
			}
			chain.doFilter(request, response);
		}

		/**
		 * The refusal of a path with a segment that decodes to text not allowed in a URL or holding white
		 * space; null if there is none.
		 */
		static InvalidParameterException pathRefusal(String path) {
			for (String segment : path.split("/")) {
				String decoded;
				try {
					decoded = UriUtils.decode(segment, StandardCharsets.UTF_8);
				}
				catch (IllegalArgumentException ex) {
					// Not valid percent-encoding: the container has refused it already.
					continue;
				}
				if (!Text.isAllowedInRequestLine(decoded)) {
					return InvalidParameterException.refusedUrl("The request path contains " + Text.FORBIDDEN_IN_REQUEST_LINE);
				}
				if (decoded.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
					return InvalidParameterException.refusedUrl(
							"The request path contains white space, which no slug, id or file name holds");
				}
			}
			return null;
		}

		/**
		 * The refusal of the first parameter whose name or value decodes to text that is not allowed, or
		 * whose name (decoded) was given before; null if there is none.
		 */
		static InvalidParameterException refusal(String query) {
			if (query == null) {
				return null;
			}
			Set<String> names = new HashSet<>();
			for (String pair : query.split("&")) {
				int eq = pair.indexOf('=');
				String name = decode((eq < 0) ? pair : pair.substring(0, eq));
				String value = (eq < 0) ? "" : decode(pair.substring(eq + 1));
				if (name == null || value == null) {
					// Not valid percent-encoding: the container refuses it when parameters are read.
					continue;
				}
				if (!Text.isAllowedInRequestLine(name) || !Text.isAllowedInRequestLine(value)) {
					String parameter = Text.isAllowedInRequestLine(name) ? Excerpt.of(name) : "query";
					return new InvalidParameterException(parameter, parameter + " contains " + Text.FORBIDDEN_IN_REQUEST_LINE);
				}
				if (!name.isEmpty() && !names.add(name)) {
					String parameter = Excerpt.of(name);
					return new InvalidParameterException(parameter, parameter + " is given more than once");
				}
			}
			return null;
		}

		private static String decode(String text) {
			try {
				return URLDecoder.decode(text, StandardCharsets.UTF_8);
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}

		/** Whether Spring MVC can read these Accept headers together: parse them, and sort what they list. */
		private static boolean parses(List<String> accepts) {
			try {
				List<MediaType> types = new ArrayList<>(MediaType.parseMediaTypes(accepts));
				types.forEach(MediaType::getQualityValue);
				MimeTypeUtils.sortBySpecificity(types);
				return true;
			}
			catch (IllegalArgumentException ex) {
				return false;
			}
		}

	}

}
