package org.tradeline.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.tradeline.support.ApiTest;
import org.tradeline.support.OpenApiContract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * openapi.yaml is the published contract; /v3/api-docs is what the code actually serves. They must
 * describe the same operations, parameters, responses and schemas. Prose (descriptions, summaries,
 * examples), documented bounds and required lists live only in openapi.yaml and are checked by
 * validating real responses against it instead.
 */
@ApiTest
class OpenApiDriftTest {

	private static final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());

	private static final Set<String> PROSE = Set.of("description", "summary", "example", "examples", "tags",
			"required", "minimum", "maximum", "default", "maxLength", "minLength", "pattern", "externalDocs");

	@Autowired
	MockMvc mvc;

	@Test
	void servedSpecMatchesPublishedContract() throws Exception {
		String served = this.mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
		JsonNode generated = yaml.readTree(served);
		// Kept beside the build output so a deliberate API change can start from what the code serves.
		Files.createDirectories(Path.of("target"));
		yaml.writeValue(Path.of("target", "openapi-generated.yaml").toFile(), generated);
		JsonNode published = yaml.readTree(OpenApiContract.SPEC.toFile());

		Set<String> servedShape = shape(generated);
		Set<String> publishedShape = shape(published);
		Set<String> missing = new TreeSet<>(servedShape);
		missing.removeAll(publishedShape);
		Set<String> extra = new TreeSet<>(publishedShape);
		extra.removeAll(servedShape);
		assertThat(missing).as("served by the code but absent from openapi.yaml").isEmpty();
		assertThat(extra).as("in openapi.yaml but not served by the code").isEmpty();
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
				JsonNode content = (responses.has("201") ? responses.path("201") : responses.path("200")).path("content");
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
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(served).isEqualTo(Files.readString(OpenApiContract.SPEC));
	}

	/** Flattens the structural parts of a spec into "json.path = value" lines. */
	private static Set<String> shape(JsonNode spec) {
		Set<String> lines = new TreeSet<>();
		flatten("paths", spec.get("paths"), lines);
		flatten("schemas", spec.path("components").path("schemas"), lines);
		return lines;
	}

	private static void flatten(String prefix, JsonNode node, Set<String> lines) {
		if (node == null || node.isMissingNode()) {
			return;
		}
		if (node.isObject()) {
			Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
			while (fields.hasNext()) {
				Map.Entry<String, JsonNode> field = fields.next();
				boolean prose = PROSE.contains(field.getKey())
						&& !("required".equals(field.getKey()) && field.getValue().isBoolean());
				if (!prose || prefix.endsWith(".properties")) {
					flatten(prefix + "." + field.getKey(), field.getValue(), lines);
				}
			}
		}
		else if (node.isArray()) {
			if (prefix.endsWith(".parameters")) {
				// Parameters are identified by name, not position.
				node.forEach(p -> flatten(prefix + "[" + p.path("name").asText() + "]", p, lines));
			}
			else {
				node.forEach(item -> flatten(prefix + "[]", item, lines));
			}
		}
		else {
			lines.add(prefix + " = " + node.asText());
		}
	}

}
