package org.tradeline.web;

import java.lang.annotation.Annotation;
import java.util.Iterator;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What springdoc generates at /v3/api-docs: only what the code enforces (mappings, parameter and
 * body types, Bean Validation). Prose, examples and error responses are stated once, in
 * openapi.yaml; OpenApiDriftTest checks that the two agree on structure and bounds.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

	static {
		// Merge patches arrive as a JSON tree; springdoc would otherwise describe JsonNode's own
		// getters. Any object is accepted, and that is all the code enforces.
		SpringDocUtils.getConfig().replaceWithSchema(tools.jackson.databind.JsonNode.class, new ObjectSchema());
	}

	/**
	 * A text's {@link Characters} bounds are its minLength and maxLength, as springdoc states @Size's
	 * (a @NotBlank beside them raises minLength to 1 afterwards, as the contract says).
	 */
	@Bean
	ModelConverter characterBounds() {
		return new ModelConverter() {

			@Override
			public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
				Schema<?> schema = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
				Characters bounds = bounds(type.getCtxAnnotations());
				if (schema != null && bounds != null) {
					schema.setMinLength(bounds.min());
					schema.setMaxLength(bounds.max());
				}
				return schema;
			}

		};
	}

	private static Characters bounds(Annotation[] annotations) {
		if (annotations != null) {
			for (Annotation annotation : annotations) {
				if (annotation instanceof Characters characters) {
					return characters;
				}
			}
		}
		return null;
	}

}
