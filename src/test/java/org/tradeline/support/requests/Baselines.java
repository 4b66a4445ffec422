package org.tradeline.support.requests;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;

import org.tradeline.support.RawHttp.Response;
import org.tradeline.support.requests.Contract.ApiOperation;

import static org.tradeline.support.requests.Contract.json;
import static org.tradeline.support.requests.Contract.nodes;

/**
 * Valid requests built from the contract's examples, which the probes then mutate: path values
 * that exist, a sometimes-present example query, a body from the example with fresh unique fields.
 */
final class Baselines {

	/** Fields the service keeps unique get a fresh suffix in create bodies, so a valid body can succeed. */
	static final List<String> UNIQUE_FIELDS = List.of("slug", "fileName", "name");

	private final Contract contract;

	private final Transport transport;

	private final Random random;

	private final Map<String, Integer> unique = new LinkedHashMap<>();

	Baselines(Contract contract, Transport transport, Random random) {
		this.contract = contract;
		this.transport = transport;
		this.random = random;
	}

	/** Path values: the parameter's example, else the first item of the collection its segment names. */
	Map<String, String> pathValues(ApiOperation op) throws Exception {
		Map<String, String> values = new LinkedHashMap<>();
		for (Parameter parameter : op.parameters("path")) {
			String name = parameter.getName();
			Object example = (parameter.getExample() != null) ? parameter.getExample()
					: parameter.getSchema().getExample();
			String value = (example != null) ? String.valueOf(example) : discover(op.template(), name, values);
			if (value == null) {
				value = (parameter.getSchema().getMinimum() != null)
						? parameter.getSchema().getMinimum().toPlainString() : "1";
			}
			values.put(name, value);
		}
		return values;
	}

	private String discover(String template, String name, Map<String, String> known) throws Exception {
		String before = template.substring(0, template.indexOf("{" + name + "}") - 1);
		for (String list : this.contract.collections(before.substring(before.lastIndexOf('/')))) {
			String path = expand(list, known);
			if (path.contains("{")) {
				continue;
			}
			Response response = this.transport.get(path, "Authorization", Generator.ADMIN);
			JsonNode items = (response.status() == 200) ? json.readTree(response.body()).path("items")
					: json.missingNode();
			for (JsonNode item : items) {
				if (item.hasNonNull(name)) {
					return item.get(name).asText();
				}
			}
		}
		return null;
	}

	String query(ApiOperation op) {
		StringBuilder query = new StringBuilder();
		for (Parameter parameter : op.parameters("query")) {
			if (parameter.getExample() != null && this.random.nextInt(4) == 0) {
				query.append(query.length() == 0 ? "?" : "&")
					.append(parameter.getName())
					.append('=')
					.append(URLEncoder.encode(String.valueOf(parameter.getExample()), StandardCharsets.UTF_8));
			}
		}
		return query.toString();
	}

	ObjectNode body(ApiOperation op, Map<String, String> pathValues) {
		MediaType media = op.bodyMedia();
		JsonNode example = (media.getExample() != null) ? json.valueToTree(media.getExample())
				: (media.getExamples() != null && !media.getExamples().isEmpty())
						? json.valueToTree(media.getExamples().values().iterator().next().getValue())
						: Contract.sample(media.getSchema(), "body");
		ObjectNode body = example.isObject() ? ((ObjectNode) example).deepCopy() : nodes.objectNode();
		// A replacement names the resource it replaces.
		op.parameters("path").forEach(p -> {
			if (body.has(p.getName()) && !"PATCH".equals(op.method())) {
				body.put(p.getName(), pathValues.get(p.getName()));
			}
		});
		if ("POST".equals(op.method())) {
			freshen(op, body, List.of());
		}
		return body;
	}

	/** The schema a body's fields follow; a merge patch follows the replacement on the same path. */
	Schema<?> bodySchema(ApiOperation op) {
		Schema<?> schema = op.bodyMedia().getSchema();
		MediaType put = this.contract.replacement(op.template());
		return (schema.getProperties() == null && "PATCH".equals(op.method()) && put != null) ? put.getSchema()
				: schema;
	}

	/** The replacement's example: a complete body whose fields a merge patch sends one at a time. */
	JsonNode replacementExample(ApiOperation op) {
		MediaType put = this.contract.replacement(op.template());
		return (put != null && put.getExample() != null) ? json.valueToTree(put.getExample()) : null;
	}

	/** In a create body, unique fields get a new suffix (unless that field is the one being mutated). */
	void freshen(ApiOperation op, ObjectNode body, List<String> mutated) {
		if (!"POST".equals(op.method())) {
			return;
		}
		for (String field : UNIQUE_FIELDS) {
			if (body.path(field).isTextual() && !(mutated.size() == 1 && mutated.get(0).equals(field))) {
				int n = this.unique.merge(field, 1, Integer::sum);
				String value = body.get(field).asText();
				int dot = value.lastIndexOf('.');
				body.put(field,
						(dot > 0) ? value.substring(0, dot) + "-g" + n + value.substring(dot) : value + "-g" + n);
			}
		}
	}

	static String expand(String template, Map<String, String> values) {
		String path = template;
		for (Map.Entry<String, String> value : values.entrySet()) {
			path = path.replace("{" + value.getKey() + "}", value.getValue());
		}
		return path;
	}

	/** The path with one parameter's value replaced. */
	static String expand(String template, Map<String, String> values, String name, String value) {
		Map<String, String> changed = new LinkedHashMap<>(values);
		changed.put(name, value);
		return expand(template, changed);
	}

}
