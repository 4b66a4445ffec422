package org.tradeline.system;

import java.io.IOException;
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
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * How strictly requests are read, beyond what each endpoint validates: JSON objects with a key twice
 * are refused (parsers disagree on which one wins), as are NUL characters in body strings and query
 * values (PostgreSQL text cannot store them); and an Accept header that does not parse is ignored
 * rather than breaking the error answer.
 */
@Configuration(proxyBeanMethods = false)
class StrictInputConfig {

	@Bean
	JsonMapperBuilderCustomizer rejectDuplicateKeysAndNul() {
		SimpleModule noNul = new SimpleModule("no-nul").addDeserializer(String.class, new StringDeserializer() {

			@Override
			public String deserialize(JsonParser parser, DeserializationContext context) {
				String text = super.deserialize(parser, context);
				if (text != null && text.indexOf('\u0000') >= 0) {
					return (String) context.handleWeirdStringValue(String.class, text, "contains a NUL character");
				}
				return text;
			}

		});
		return builder -> builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).addModule(noNul);
	}

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> requestLineFilter(
			@Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver) {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new RequestLine(resolver));
		// Before the read limit and the read cache, which key on Accept too.
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 3);
		return registration;
	}

	/**
	 * A query string with an encoded NUL is refused; an Accept header that does not parse counts as
	 * none (RFC 9110: without an Accept the client takes any media type).
	 */
	static final class RequestLine extends OncePerRequestFilter {

		private final HandlerExceptionResolver resolver;

		RequestLine(HandlerExceptionResolver resolver) {
			this.resolver = resolver;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String query = request.getQueryString();
			if (query != null && query.toLowerCase(java.util.Locale.ROOT).contains("%00")) {
				// PostgreSQL text cannot hold NUL; no parameter of this API can contain one.
				this.resolver.resolveException(request, response, null,
						new InvalidParameterException("query", "The query string contains a NUL character"));
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
