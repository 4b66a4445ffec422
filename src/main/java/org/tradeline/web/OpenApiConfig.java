package org.tradeline.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

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
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * What springdoc generates at /v3/api-docs. openapi.yaml is the published, annotated form of the
 * same contract; OpenApiDriftTest keeps the two in step.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

	static final String PROBLEM = "Problem";

	static final String BEARER = "bearerAuth";

	static {
		// Merge patches arrive as a JSON tree; document them as the object they are.
		SpringDocUtils.getConfig()
			.replaceWithSchema(tools.jackson.databind.JsonNode.class,
					new ObjectSchema().description("JSON merge patch (RFC 7396)"));
	}

	// Reads that need a role; every other GET is public.
	private static final Set<String> ROLE_READS = Set.of("listEventRevisions", "getEventRevision", "listTokens",
			"exportBackup");

	@Bean
	OpenAPI tradelineOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Tradeline API")
				.version("1")
				.description("A sourced timeline of the 2025 US–China trade talks.")
				.license(new License().name("Apache-2.0")))
			.servers(List.of(new Server().url("/")))
			.components(new Components().addSchemas(PROBLEM, problemSchema())
				.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
					.scheme("bearer")
					.description("An API token (tl_...) created by an admin; see POST /api/v1/admin/tokens.")));
	}

	/**
	 * Documents the problem responses every operation can give, by the same rules the handlers
	 * follow: 400 for a bad query or path parameter or body (or a query parameter not taken), 404 for an unknown path variable, 401 for
	 * a bad token, 403 for a role or an origin not allowed, 406 for an Accept nothing matches, 429
	 * over the rate limit, 503 with Retry-After while the database is out of reach, 500 otherwise;
	 * and for writes the bearer requirement, 409, 412/428 with If-Match, 413/415 with a body; 201 and
	 * 204 where returned.
	 */
	@Bean
	GlobalOperationCustomizer problemResponses() {
		return (operation, handlerMethod) -> {
			boolean read = handlerMethod.hasMethodAnnotation(GetMapping.class);
			boolean needsRole = !read || ROLE_READS.contains(operation.getOperationId());
			boolean hasBody = operation.getRequestBody() != null;
			boolean conditional = operation.getParameters() != null
					&& operation.getParameters().stream().anyMatch(p -> "If-Match".equals(p.getName()));
			ApiResponses responses = operation.getResponses();
			if (operation.getOperationId() != null && operation.getOperationId().startsWith("create")
					&& responses.get("200") != null) {
				responses.addApiResponse("201", responses.remove("200")
					.addHeaderObject("Location", new Header().schema(new StringSchema())));
			}
			if (handlerMethod.hasMethodAnnotation(DeleteMapping.class) && responses.get("200") != null) {
				responses.remove("200");
				responses.addApiResponse("204", new ApiResponse().description("Done"));
			}
			boolean tagged = ResponseEntity.class.isAssignableFrom(handlerMethod.getMethod().getReturnType())
					&& !handlerMethod.getBeanType().getPackageName().endsWith(".security");
			for (String status : List.of("200", "201")) {
				if (tagged && responses.get(status) != null && responses.get(status).getContent() != null) {
					responses.get(status).addHeaderObject("ETag", new Header().schema(new StringSchema()));
				}
			}
			if (needsRole) {
				operation.addSecurityItem(new SecurityRequirement().addList(BEARER));
			}
			operation.getResponses()
				.addApiResponse("403", problem("Token lacks the role, or a cross-origin request from an origin not allowed"));
			operation.getResponses().addApiResponse("406", problem("No media type in Accept can be served"));
			operation.getResponses().addApiResponse("401", problem("Missing, unknown, expired or revoked token"));
			operation.getResponses().addApiResponse("429", problem("Rate limit exceeded"));
			if (hasBody) {
				operation.getResponses().addApiResponse("400", problem("Invalid request body"));
				operation.getResponses().addApiResponse("413", problem("Request body too large"));
				operation.getResponses().addApiResponse("415", problem("Unsupported content type"));
			}
			if (!read && !"revokeToken".equals(operation.getOperationId())) {
				operation.getResponses().addApiResponse("409", problem("Conflict with stored data"));
			}
			if (conditional) {
				operation.getResponses().addApiResponse("412", problem("ETag in If-Match is stale"));
				operation.getResponses().addApiResponse("428", problem("If-Match missing"));
			}
			boolean hasQuery = operation.getParameters() != null
					&& operation.getParameters().stream().anyMatch(p -> "query".equals(p.getIn()));
			boolean hasPath = operation.getParameters() != null
					&& operation.getParameters().stream().anyMatch(p -> "path".equals(p.getIn()));
			// Any path parameter: a malformed one (bad percent-encoding, encoded slash) is refused with 400;
			// so is a query parameter the operation does not take (QueryParameterCheck), on every operation.
			if (hasQuery || hasPath || operation.getResponses().get("400") == null) {
				operation.getResponses().addApiResponse("400", problem("Invalid request parameter"));
			}
			if (hasPath) {
				operation.getResponses().addApiResponse("404", problem("Not found"));
			}
			operation.getResponses().addApiResponse("500", problem("Internal error"));
			operation.getResponses()
				.addApiResponse("503", problem("Database unreachable").addHeaderObject(HttpHeaders.RETRY_AFTER,
						new Header().schema(new IntegerSchema())));
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
		error.setProperties(Map.of("parameter", new StringSchema(), "field", new StringSchema(), "message",
				new StringSchema()));
		ObjectSchema problem = new ObjectSchema();
		problem.setDescription("RFC 9457 problem details");
		problem.addProperty("type", new StringSchema().format("uri"));
		problem.addProperty("title", new StringSchema());
		problem.addProperty("status", new IntegerSchema());
		problem.addProperty("detail", new StringSchema());
		problem.addProperty("instance", new StringSchema().format("uri-reference"));
		problem.addProperty("errors", new ArraySchema().items(error));
		problem.addProperty("requestId", new StringSchema());
		return problem;
	}

}
