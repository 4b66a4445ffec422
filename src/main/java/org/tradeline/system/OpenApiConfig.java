package org.tradeline.system;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.GlobalOperationCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What springdoc generates at /v3/api-docs. openapi.yaml is the published, annotated form of the
 * same contract; OpenApiDriftTest keeps the two in step.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

	static final String PROBLEM = "Problem";

	@Bean
	OpenAPI tradelineOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Tradeline API")
				.version("1")
				.description("A sourced timeline of the 2025 US–China trade talks.")
				.license(new License().name("Apache-2.0")))
			.servers(List.of(new Server().url("/")))
			.components(new Components().addSchemas(PROBLEM, problemSchema()));
	}

	/**
	 * Documents the problem responses every operation can give, by the same rules the handlers
	 * follow: 400 for a bad query or typed path parameter, 404 for an unknown path variable, 500 otherwise.
	 */
	@Bean
	GlobalOperationCustomizer problemResponses() {
		return (operation, handlerMethod) -> {
			boolean hasQuery = operation.getParameters() != null
					&& operation.getParameters().stream().anyMatch(p -> "query".equals(p.getIn()));
			boolean hasPath = operation.getParameters() != null
					&& operation.getParameters().stream().anyMatch(p -> "path".equals(p.getIn()));
			boolean hasTypedPath = hasPath && operation.getParameters()
				.stream()
				.anyMatch(p -> "path".equals(p.getIn()) && !"string".equals(p.getSchema().getType()));
			if (hasQuery || hasTypedPath) {
				operation.getResponses().addApiResponse("400", problem("Invalid request parameter"));
			}
			if (hasPath) {
				operation.getResponses().addApiResponse("404", problem("Not found"));
			}
			operation.getResponses().addApiResponse("500", problem("Internal error"));
			return operation;
		};
	}

	private static ApiResponse problem(String description) {
		Schema<?> ref = new Schema<>().$ref("#/components/schemas/" + PROBLEM);
		return new ApiResponse().description(description)
			.content(new Content().addMediaType("application/problem+json", new MediaType().schema(ref)));
	}

	private static Schema<?> problemSchema() {
		ObjectSchema error = new ObjectSchema();
		error.setProperties(Map.of("parameter", new StringSchema(), "message", new StringSchema()));
		ObjectSchema problem = new ObjectSchema();
		problem.setDescription("RFC 9457 problem details");
		problem.addProperty("type", new StringSchema().format("uri"));
		problem.addProperty("title", new StringSchema());
		problem.addProperty("status", new IntegerSchema());
		problem.addProperty("detail", new StringSchema());
		problem.addProperty("instance", new StringSchema().format("uri-reference"));
		problem.addProperty("errors", new ArraySchema().items(error));
		return problem;
	}

}
