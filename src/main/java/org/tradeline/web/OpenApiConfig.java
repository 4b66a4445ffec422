package org.tradeline.web;

import io.swagger.v3.oas.models.media.ObjectSchema;
import org.springdoc.core.utils.SpringDocUtils;

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

}
