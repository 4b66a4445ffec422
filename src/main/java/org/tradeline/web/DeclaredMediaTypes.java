package org.tradeline.web;

import java.io.IOException;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;

/**
 * Answers come only in the media types the contract declares. For an operation that declares none
 * ({@code produces}) Spring offers whatever its converters can write: YAML (a YAML library is on the
 * classpath for springdoc), and any {@code application/*+json} type asked for, echoed back; a shared
 * cache could then hand either to a JSON client. So nothing writes YAML, and the JSON converter offers
 * {@code application/json} only ({@code application/problem+json} for problems). It still reads
 * merge patches, and writes what an operation declares itself (Actuator's own JSON types). CSV,
 * iCalendar, JSON-LD and Atom are declared by their operations and written by converters of their own.
 */
@Configuration(proxyBeanMethods = false)
class DeclaredMediaTypes {

	// After Boot's own customizer, whose JSON converter this one replaces.
	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	ServerHttpMessageConvertersCustomizer declaredMediaTypesOnly(JsonMapper mapper) {
		return builder -> builder.withJsonConverter(new JsonAnswers(mapper))
			.configureMessageConvertersList(converters -> converters.removeIf(DeclaredMediaTypes::writesYaml));
	}

	private static boolean writesYaml(HttpMessageConverter<?> converter) {
		return converter.getSupportedMediaTypes()
			.stream()
			.anyMatch(type -> type.equalsTypeAndSubtype(MediaType.APPLICATION_YAML));
	}

	/** Offers application/json for an answer, or application/problem+json for a problem. */
	static final class JsonAnswers extends JacksonJsonHttpMessageConverter {

		private static final List<MediaType> JSON = List.of(MediaType.APPLICATION_JSON);

		JsonAnswers(JsonMapper mapper) {
			super(mapper);
		}

		@Override
		public List<MediaType> getSupportedMediaTypes(Class<?> type) {
			return ProblemDetail.class.isAssignableFrom(type) ? super.getSupportedMediaTypes(type) : JSON;
		}

		/**
		 * A problem is no file to download: Spring MVC's guard against reflected file downloads
		 * ({@code inline;filename=f.txt}, set just before a converter writes, for a path whose last
		 * segment has an extension it does not know) is taken off it again; the answer is
		 * problem+json, which no browser saves under the path's name ({@code nosniff}).
		 */
		@Override
		protected void addDefaultHeaders(HttpHeaders headers, Object body, MediaType contentType) throws IOException {
			super.addDefaultHeaders(headers, body, contentType);
			if (body instanceof ProblemDetail) {
				headers.remove(HttpHeaders.CONTENT_DISPOSITION);
			}
		}

	}

}
