package org.tradeline.web;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.tradeline.problem.InvalidParameterException;

/**
 * How strictly requests are read, beyond what each endpoint validates: JSON objects with a key twice
 * are refused (parsers disagree on which one wins), as are characters {@link Text} does not allow in
 * body strings and query values (NUL, other controls, U+FFFE/U+FFFF, lone surrogates: the Atom feed
 * cannot carry them, PostgreSQL cannot store NUL); and an Accept header that does not parse is
 * ignored rather than breaking the error answer.
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

	@Bean
	RequestLine requestLineFilter(@Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver) {
		return new RequestLine(resolver);
	}

	/**
	 * A query value (or name) holding a character {@link Text} does not allow is refused, naming the
	 * parameter; an Accept header that does not parse counts as none (RFC 9110: without an Accept the
	 * client takes any media type). The query is decoded here from the raw string, so no request
	 * parameter is parsed (and no form body read) this early.
	 */
	static final class RequestLine extends OncePerRequestFilter {

		private final HandlerExceptionResolver resolver;

		RequestLine(HandlerExceptionResolver resolver) {
			this.resolver = resolver;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String refused = refusedParameter(request.getQueryString());
			if (refused != null) {
				this.resolver.resolveException(request, response, null, new InvalidParameterException(refused,
						refused + " contains " + Text.FORBIDDEN));
				return;
			}
			String accept = request.getHeader(HttpHeaders.ACCEPT);
			if (accept != null && !parses(accept)) {
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

		/** The first parameter whose name or value decodes to text that is not allowed, or null. */
		static String refusedParameter(String query) {
			if (query == null) {
				return null;
			}
			for (String pair : query.split("&")) {
				int eq = pair.indexOf('=');
				String name = decode((eq < 0) ? pair : pair.substring(0, eq));
				String value = (eq < 0) ? "" : decode(pair.substring(eq + 1));
				if (name == null || value == null) {
					// Not valid percent-encoding: the container refuses it when parameters are read.
					continue;
				}
				if (!Text.isAllowed(name) || !Text.isAllowed(value)) {
					return Text.isAllowed(name) ? name : "query";
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

		private static boolean parses(String accept) {
			try {
				MediaType.parseMediaTypes(accept).forEach(MediaType::getQualityValue);
				return true;
			}
			catch (IllegalArgumentException ex) {
				return false;
			}
		}

	}

}
