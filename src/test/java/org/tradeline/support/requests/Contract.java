package org.tradeline.support.requests;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;

import org.tradeline.support.OpenApiContract;

/** openapi.yaml, fully resolved, as the operations the generator works through. */
public final class Contract {

	static final ObjectMapper json = new ObjectMapper();

	static final JsonNodeFactory nodes = JsonNodeFactory.instance;

	private final OpenAPI spec;

	public Contract() {
		ParseOptions options = new ParseOptions();
		options.setResolve(true);
		options.setResolveFully(true);
		this.spec = new OpenAPIV3Parser().read(OpenApiContract.SPEC.toString(), null, options);
	}

	/** Reads first, then writes, deletes last, so later operations still find the resources. */
	public List<ApiOperation> operations() {
		List<String> order = List.of("GET", "PUT", "PATCH", "POST", "DELETE");
		List<ApiOperation> ops = new ArrayList<>();
		this.spec.getPaths()
			.forEach((template, item) -> item.readOperationsMap()
				.forEach((method, operation) -> ops.add(new ApiOperation(method.name(), template, operation))));
		ops.sort(Comparator.comparing((ApiOperation op) -> order.indexOf(op.method()))
			.thenComparing(ApiOperation::template));
		return ops;
	}

	/** The GET on a path, if the contract has one. */
	ApiOperation get(String template) {
		Operation get = this.spec.getPaths().get(template).getGet();
		return (get != null) ? new ApiOperation("GET", template, get) : null;
	}

	/** List paths ending in segment (such as "/events"), to find ids and slugs that exist. */
	List<String> collections(String segment) {
		return this.spec.getPaths()
			.entrySet()
			.stream()
			.filter(e -> e.getValue().getGet() != null && e.getKey().endsWith(segment))
			.map(Map.Entry::getKey)
			.toList();
	}

	/** The request body media type of the PUT on the same path: the shape a merge patch follows. */
	MediaType replacement(String template) {
		PathItem item = this.spec.getPaths().get(template);
		Operation put = (item != null) ? item.getPut() : null;
		return (put != null && put.getRequestBody() != null)
				? put.getRequestBody().getContent().values().iterator().next() : null;
	}

	/** An operation of the contract: method, path template, and its parameters and body. */
	public record ApiOperation(String method, String template, Operation operation) {

		public String id() {
			return (this.operation.getOperationId() != null) ? this.operation.getOperationId()
					: this.method + " " + this.template;
		}

		List<Parameter> parameters(String in) {
			return (this.operation.getParameters() != null)
					? this.operation.getParameters().stream().filter(p -> in.equals(p.getIn())).toList() : List.of();
		}

		boolean secured() {
			return this.operation.getSecurity() != null
					&& this.operation.getSecurity().stream().anyMatch(requirement -> !requirement.isEmpty());
		}

		boolean conditional() {
			return parameters("header").stream().anyMatch(p -> "If-Match".equals(p.getName()));
		}

		boolean writes() {
			return !"GET".equals(this.method);
		}

		/** The (first) media type of the request body, or null when the operation takes none. */
		MediaType bodyMedia() {
			return (this.operation.getRequestBody() != null)
					? this.operation.getRequestBody().getContent().values().iterator().next() : null;
		}

		String bodyType() {
			return (this.operation.getRequestBody() != null)
					? this.operation.getRequestBody().getContent().keySet().iterator().next() : null;
		}

	}

	/** A value the schema allows, for fields and parameters the examples leave out. */
	static JsonNode sample(Schema<?> schema, String name) {
		if (schema == null) {
			return nodes.textNode("x");
		}
		if (schema.getExample() != null) {
			return json.valueToTree(schema.getExample());
		}
		if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
			return nodes.textNode(String.valueOf(schema.getEnum().get(0)));
		}
		if (schema.getProperties() != null) {
			ObjectNode object = nodes.objectNode();
			List<String> required = (schema.getRequired() != null) ? schema.getRequired() : List.of();
			schema.getProperties().forEach((key, value) -> {
				if (required.contains(key)) {
					object.set(key, sample(value, key));
				}
			});
			return object;
		}
		return switch (String.valueOf(schema.getType())) {
			case "integer", "number" -> nodes
				.numberNode((schema.getMinimum() != null) ? schema.getMinimum().max(BigDecimal.ONE).intValue() : 1);
			case "boolean" -> nodes.booleanNode(true);
			case "array" -> nodes.arrayNode().add(sample(schema.getItems(), name));
			default -> nodes.textNode("date".equals(schema.getFormat()) ? "2025-06-05"
					: "date-time".equals(schema.getFormat()) ? "2030-01-01T00:00:00Z" : "sample-" + name);
		};
	}

}
