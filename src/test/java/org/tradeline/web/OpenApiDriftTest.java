package org.tradeline.web;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.tradeline.support.ApiTest;
import org.tradeline.support.OpenApiContract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * openapi.yaml is the published contract, written by hand; /v3/api-docs is what springdoc derives
 * from the code (mappings, parameter and body types, Bean Validation). Operations are matched by
 * method and path and compared after resolving {@code $ref} on both sides: the same parameters,
 * request bodies and success response schemas, with the same constraints ({@code required},
 * {@code minimum}, {@code maximum}, {@code minLength}, {@code maxLength}, {@code pattern},
 * {@code enum}, {@code default}, ...). Prose, examples, operation ids, tags, headers, security and
 * the error responses are stated only in openapi.yaml; the API tests validate real answers against
 * them.
 * <p>
 * openapi.yaml may state a constraint the generated spec lacks only where something else checks
 * it: on parameters, which the controllers take as plain values for the query objects (Paging,
 * EventQuery, ...) to check, and GeneratedRequestsTest sends a value past each documented bound;
 * and in responses, where it describes what the service sends and every answer the API tests get
 * is validated against it. A request body's constraints are Bean Validation's on the request
 * record, so there both sides must say exactly the same.
 */
@ApiTest
class OpenApiDriftTest {

	private static final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

	private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

	/** What a value may be; format too, since the code parses some strings (dates) itself. */
	private static final Set<String> CONSTRAINTS = Set.of("required", "minimum", "maximum", "exclusiveMinimum",
			"exclusiveMaximum", "minLength", "maxLength", "pattern", "enum", "default", "minItems", "maxItems",
			"uniqueItems", "multipleOf", "format");

	/** A pattern of one character class repeated a fixed number of times. */
	private static final Pattern FIXED_LENGTH = Pattern.compile("\\^\\[[^]]+]\\{(\\d+)}\\$");

	/** Words for people, not structure. */
	private static final Set<String> PROSE = Set.of("description", "summary", "title", "example", "examples",
			"externalDocs");

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void servedSpecMatchesPublishedContract() throws Exception {
		JsonNode generated = served();
		// Kept beside the build output so a deliberate API change can start from what the code serves.
		Files.createDirectories(Path.of("target"));
		yaml.writeValue(Path.of("target", "openapi-generated.yaml").toFile(), generated);
		JsonNode published = yaml.readTree(OpenApiContract.SPEC.toFile());

		List<String> disagreements = new Drift(generated, published).operations().schemas().found;
		assertThat(disagreements).as("openapi.yaml against the code (served spec in target/openapi-generated.yaml)")
			.isEmpty();
	}

	/**
	 * The comparison can fail: a body bound that differs is reported with both values, and one only
	 * openapi.yaml states is reported too, since a request body is checked by Bean Validation alone.
	 */
	@Test
	void boundsThatDisagreeAreReported() throws Exception {
		JsonNode generated = served();
		JsonNode published = yaml.readTree(OpenApiContract.SPEC.toFile());
		int titleLength = generated.at("/components/schemas/EventRequest/properties/title/maxLength").asInt();
		assertThat(titleLength).as("EventRequest.title has a @Characters(max)").isPositive();
		ObjectNode request = (ObjectNode) published.at("/components/schemas/EventRequest/properties");
		((ObjectNode) request.get("title")).put("maxLength", titleLength + 1);
		((ObjectNode) request.get("summary")).put("pattern", "^[A-Z]");

		assertThat(new Drift(generated, published).operations().schemas().found).contains(
				"POST /api/v1/events request body application/json: properties.title.maxLength is [%d] in the code, [%d] in openapi.yaml"
					.formatted(titleLength, titleLength + 1),
				"POST /api/v1/events request body application/json: properties.summary.pattern is not stated in the code, [^[A-Z]] in openapi.yaml");
	}

	private JsonNode served() throws Exception {
		return yaml.readTree(this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	void publishedContractDocumentsEveryOperation() throws IOException {
		JsonNode published = yaml.readTree(OpenApiContract.SPEC.toFile());
		published.get("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
			assertThat(op.getValue().path("description").asText())
				.as("description of %s %s", op.getKey(), path.getKey())
				.isNotBlank();
			// The success response (200 or 201) shows an example per media type; 204 has no body.
			JsonNode responses = op.getValue().path("responses");
			if (!responses.has("204")) {
				JsonNode success = resolve(published, responses.has("201") ? responses.path("201") : responses.path("200"));
				JsonNode content = success.path("content");
				assertThat(content.properties()).as("media types of %s %s", op.getKey(), path.getKey()).isNotEmpty();
				content.properties()
					.forEach(media -> assertThat(media.getValue().has("examples") || media.getValue().has("example"))
						.as("%s example response of %s %s", media.getKey(), op.getKey(), path.getKey())
						.isTrue());
			}
		}));
	}

	@Test
	void swaggerUiIsOfferedThePublishedContract() throws Exception {
		String served = this.mvc.perform(get("/openapi.yaml"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/yaml"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(served).isEqualTo(Files.readString(OpenApiContract.SPEC));
	}

	/** A local {@code $ref} ({@code #/components/...}) followed to what it names; anything else as is. */
	static JsonNode resolve(JsonNode spec, JsonNode node) {
		JsonNode current = node;
		for (int hops = 0; current.has("$ref"); hops++) {
			assertThat(hops).as("$ref chain at %s", node).isLessThan(10);
			current = spec.at(current.get("$ref").asText().substring(1));
			assertThat(current.isMissingNode()).as("target of %s", node).isFalse();
		}
		return current;
	}

	/** Where a constraint sits, which decides whether openapi.yaml may state one the code does not. */
	enum Part {

		PARAMETER(true), REQUEST_BODY(false), RESPONSE(true), SCHEMA(true);

		final boolean documentedConstraintsAllowed;

		Part(boolean documentedConstraintsAllowed) {
			this.documentedConstraintsAllowed = documentedConstraintsAllowed;
		}

	}

	/** The disagreements between the generated spec (the code) and the published one. */
	final class Drift {

		final JsonNode code;

		final JsonNode yaml;

		final List<String> found = new ArrayList<>();

		Drift(JsonNode code, JsonNode yaml) {
			this.code = code;
			this.yaml = yaml;
		}

		Drift operations() {
			Map<String, JsonNode> coded = operationsOf(this.code);
			Map<String, JsonNode> published = operationsOf(this.yaml);
			for (String op : union(coded.keySet(), published.keySet())) {
				if (!published.containsKey(op)) {
					this.found.add(op + ": served by the code, absent from openapi.yaml");
				}
				else if (!coded.containsKey(op)) {
					this.found.add(op + ": in openapi.yaml, not served by the code");
				}
				else {
					compareOperation(op, coded.get(op), published.get(op));
				}
			}
			return this;
		}

		/** Every schema the code names, by name: this covers those no operation of the code refers to. */
		Drift schemas() {
			this.code.path("components").path("schemas").properties().forEach(schema -> {
				JsonNode published = this.yaml.path("components").path("schemas").path(schema.getKey());
				if (published.isMissingNode()) {
					this.found.add("schema " + schema.getKey() + ": served by the code, absent from openapi.yaml");
				}
				else {
					compare("schema " + schema.getKey(), Part.SCHEMA, facts(this.code, schema.getValue()),
							facts(this.yaml, published));
				}
			});
			return this;
		}

		private void compareOperation(String op, JsonNode coded, JsonNode published) {
			Map<String, JsonNode> codedParameters = parameters(this.code, coded);
			Map<String, JsonNode> publishedParameters = parameters(this.yaml, published);
			for (String name : union(codedParameters.keySet(), publishedParameters.keySet())) {
				if (!codedParameters.containsKey(name) || !publishedParameters.containsKey(name)) {
					this.found.add(op + " parameter " + name + ": only in "
							+ (codedParameters.containsKey(name) ? "the code" : "openapi.yaml"));
				}
				else {
					compare(op + " parameter " + name, Part.PARAMETER, parameterFacts(this.code, codedParameters.get(name)),
							parameterFacts(this.yaml, publishedParameters.get(name)));
				}
			}
			JsonNode codedBody = resolve(this.code, coded.path("requestBody"));
			JsonNode publishedBody = resolve(this.yaml, published.path("requestBody"));
			if (!codedBody.isMissingNode() || !publishedBody.isMissingNode()) {
				if (!codedBody.isMissingNode()) {
					compare(op + " request body", Part.REQUEST_BODY, requiredFact(codedBody), requiredFact(publishedBody));
				}
				compareContent(op, "request body", Part.REQUEST_BODY, codedBody, publishedBody);
			}
			compareContent(op, "response", Part.RESPONSE, success(this.code, coded), success(this.yaml, published));
		}

		/**
		 * Media types and their schemas. openapi.yaml may add a media type the code does not describe
		 * only where a handler declares it in produces or consumes: it writes or reads that body
		 * itself (a stream), so springdoc sees no type.
		 */
		private void compareContent(String op, String what, Part part, JsonNode coded, JsonNode published) {
			JsonNode codedContent = coded.path("content");
			JsonNode publishedContent = published.path("content");
			for (String media : union(names(codedContent), names(publishedContent))) {
				String where = op + " " + what + " " + media;
				if (!publishedContent.has(media)) {
					this.found.add(where + ": served by the code, absent from openapi.yaml");
				}
				else if (!codedContent.has(media)) {
					if (!declaredByHandler(op, media, part == Part.REQUEST_BODY)) {
						this.found.add(where + ": in openapi.yaml, but no handler " + (part == Part.REQUEST_BODY
								? "consumes" : "produces") + " it");
					}
				}
				else {
					compare(where, part, facts(this.code, codedContent.get(media).path("schema")),
							facts(this.yaml, publishedContent.get(media).path("schema")));
				}
			}
		}

		private boolean declaredByHandler(String op, String media, boolean consumes) {
			String method = op.substring(0, op.indexOf(' '));
			String path = op.substring(op.indexOf(' ') + 1);
			MediaType type = MediaType.parseMediaType(media);
			for (RequestMappingInfo info : OpenApiDriftTest.this.mappings.getHandlerMethods().keySet()) {
				boolean matches = info.getPatternValues().contains(path)
						&& info.getMethodsCondition().getMethods().stream().anyMatch(m -> m.name().equals(method));
				Set<MediaType> declared = consumes ? info.getConsumesCondition().getConsumableMediaTypes()
						: info.getProducesCondition().getProducibleMediaTypes();
				if (matches && declared.stream().anyMatch(type::isCompatibleWith)) {
					return true;
				}
			}
			return false;
		}

		/**
		 * What one side states that the other does not. A value that differs is reported with both;
		 * openapi.yaml may only add constraints in parts something else checks (see the class).
		 */
		private void compare(String where, Part part, Map<String, Set<String>> coded, Map<String, Set<String>> published) {
			for (String key : union(coded.keySet(), published.keySet())) {
				Set<String> codeValues = coded.getOrDefault(key, Set.of());
				Set<String> yamlValues = published.getOrDefault(key, Set.of());
				String keyword = key.substring(key.lastIndexOf('.') + 1);
				boolean mayAdd = part.documentedConstraintsAllowed && CONSTRAINTS.contains(keyword)
						&& (codeValues.isEmpty() || "required".equals(keyword));
				boolean agree = mayAdd ? yamlValues.containsAll(codeValues) : yamlValues.equals(codeValues);
				if (!agree) {
					this.found.add("%s: %s is %s in the code, %s in openapi.yaml".formatted(where, key,
							codeValues.isEmpty() ? "not stated" : codeValues,
							yamlValues.isEmpty() ? "not stated" : yamlValues));
				}
			}
		}

		private Map<String, Set<String>> parameterFacts(JsonNode spec, JsonNode parameter) {
			Map<String, Set<String>> facts = requiredFact(parameter);
			facts.putAll(facts(spec, parameter.path("schema"), "schema"));
			return facts;
		}

		private static Map<String, Set<String>> requiredFact(JsonNode node) {
			Map<String, Set<String>> facts = new TreeMap<>();
			if (node.path("required").asBoolean(false)) {
				facts.put("required", Set.of("true"));
			}
			return facts;
		}

	}

	/** "GET /api/v1/events" to the operation. */
	private static Map<String, JsonNode> operationsOf(JsonNode spec) {
		Map<String, JsonNode> operations = new TreeMap<>();
		spec.path("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
			if (METHODS.contains(op.getKey())) {
				operations.put(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue());
			}
		}));
		return operations;
	}

	/** "query size" to the parameter, $ref resolved. */
	private static Map<String, JsonNode> parameters(JsonNode spec, JsonNode operation) {
		Map<String, JsonNode> parameters = new TreeMap<>();
		operation.path("parameters").forEach(p -> {
			JsonNode parameter = resolve(spec, p);
			parameters.put(parameter.path("in").asText() + " " + parameter.path("name").asText(), parameter);
		});
		return parameters;
	}

	/** The 2xx response; the code says 200 where a handler answers 201 or 204 itself. */
	private static JsonNode success(JsonNode spec, JsonNode operation) {
		for (Map.Entry<String, JsonNode> response : operation.path("responses").properties()) {
			if (response.getKey().startsWith("2")) {
				return resolve(spec, response.getValue());
			}
		}
		return operation.path("responses").path("200");
	}

	/** A schema flattened to "path.keyword" and its values, $refs followed; prose left out. */
	static Map<String, Set<String>> facts(JsonNode spec, JsonNode schema) {
		return facts(spec, schema, "");
	}

	private static Map<String, Set<String>> facts(JsonNode spec, JsonNode schema, String prefix) {
		Map<String, Set<String>> facts = new TreeMap<>();
		flatten(spec, schema, prefix, new HashSet<>(), facts);
		return facts;
	}

	private static void flatten(JsonNode spec, JsonNode node, String path, Set<String> refs,
			Map<String, Set<String>> facts) {
		if (node.has("$ref")) {
			String ref = node.get("$ref").asText();
			if (!refs.add(ref)) {
				// A schema that contains itself: compare the name instead of going round again.
				fact(facts, path, "$ref", ref.substring(ref.lastIndexOf('/') + 1));
				return;
			}
			flatten(spec, resolve(spec, node), path, refs, facts);
			refs.remove(ref);
			return;
		}
		node.properties().forEach(field -> {
			String key = field.getKey();
			JsonNode value = field.getValue();
			if (PROSE.contains(key) || key.startsWith("x-") || implied(node, key, value)) {
				return;
			}
			switch (key) {
				case "properties" -> value.properties().forEach(property -> {
					fact(facts, path, "properties", property.getKey());
					flatten(spec, property.getValue(), join(path, "properties." + property.getKey()), refs, facts);
				});
				case "items", "not" -> flatten(spec, value, join(path, key), refs, facts);
				case "additionalProperties" -> {
					if (value.isObject()) {
						flatten(spec, value, join(path, key), refs, facts);
					}
					else {
						fact(facts, path, key, value.asText());
					}
				}
				// allOf composes: its members' facts hold at the same place, as if written out there.
				case "allOf" -> value.forEach(member -> flatten(spec, member, path, refs, facts));
				case "anyOf", "oneOf" -> {
					for (int i = 0; i < value.size(); i++) {
						flatten(spec, value.get(i), join(path, key + "[" + i + "]"), refs, facts);
					}
				}
				default -> {
					if (value.isArray()) {
						value.forEach(item -> fact(facts, path, key, item.asText()));
					}
					else if (!(value.isBoolean() && !value.asBoolean())) {
						// false is every boolean keyword's default (required, nullable, readOnly, ...)
						fact(facts, path, key, value.asText());
					}
				}
			}
		});
	}

	/**
	 * A bound another keyword of the same schema already states: the range of an int32 or int64, or
	 * the length of a string whose pattern fixes it (such as {@code ^[A-Z]{2}$}). openapi.yaml
	 * repeats these for the linters' sake; the code need not.
	 */
	private static boolean implied(JsonNode schema, String key, JsonNode value) {
		if (("minLength".equals(key) || "maxLength".equals(key)) && value.isInt()) {
			Matcher fixed = FIXED_LENGTH.matcher(schema.path("pattern").asText());
			return fixed.matches() && value.asInt() == Integer.parseInt(fixed.group(1));
		}
		if (!("minimum".equals(key) || "maximum".equals(key)) || !value.isIntegralNumber()) {
			return false;
		}
		BigInteger max = switch (schema.path("format").asText()) {
			case "int32" -> BigInteger.valueOf(Integer.MAX_VALUE);
			case "int64" -> BigInteger.valueOf(Long.MAX_VALUE);
			default -> null;
		};
		return max != null
				&& value.bigIntegerValue().equals("maximum".equals(key) ? max : max.negate().subtract(BigInteger.ONE));
	}

	private static void fact(Map<String, Set<String>> facts, String path, String keyword, String value) {
		facts.computeIfAbsent(join(path, keyword), k -> new TreeSet<>()).add(value);
	}

	private static String join(String path, String key) {
		return path.isEmpty() ? key : path + "." + key;
	}

	private static Set<String> names(JsonNode object) {
		Set<String> names = new TreeSet<>();
		object.properties().forEach(field -> names.add(field.getKey()));
		return names;
	}

	private static Set<String> union(Set<String> a, Set<String> b) {
		Set<String> union = new TreeSet<>(a);
		union.addAll(b);
		return union;
	}

}
