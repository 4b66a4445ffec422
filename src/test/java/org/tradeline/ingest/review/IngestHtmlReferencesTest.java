package org.tradeline.ingest.review;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.tradeline.support.Api;
import org.tradeline.support.ApiTest;
import org.tradeline.support.Editors;
import org.tradeline.web.Text;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HTML whose character references decode to characters no stored string may hold (controls, U+FFFE,
 * U+FFFF, surrogates): the document text has U+FFFD in their place, as the HTML standard decodes a
 * reference to 0, a surrogate or past U+10FFFF, so the suggestions can be accepted and the store's
 * backup holds only text its import reads.
 */
@ApiTest
// Accepts only suggestions about stored subjects, so it makes no draft event another test could find.
@TestPropertySource(properties = "tradeline.test.context=ingest-review")
class IngestHtmlReferencesTest {

	private static final AtomicInteger counter = new AtomicInteger();

	/** Accepted: one reference of each kind (a C0 control, a noncharacter, a lone surrogate, a pair of them). */
	private static final Set<String> ACCEPTED = Set.of("&#1;", "&#xFFFE;", "&#xDFFF;", "&#xD83D;&#xDE00;");

	@Autowired
	MockMvc mvc;

	Api api;

	@BeforeEach
	void editor() throws Exception {
		this.api = new Api(this.mvc, Editors.editor(this.mvc, "html-references-" + counter.incrementAndGet()));
	}

	@Test
	@SuppressWarnings("unchecked")
	void referencesToForbiddenCharactersReadAsReplacementCharacters() throws Exception {
		// What each reference between "met" and "Howard" reads as, spaces around it included.
		Map<String, String> read = new LinkedHashMap<>();
		for (String forbidden : List.of("&#1;", "&#x7F;", "&#x81;", "&#x1F;", "&#xB;", "&#xFFFE;", "&#xFFFF;",
				"&#xD800;", "&#xDFFF;", "&#55296", "&#xdbff", "&#0;", "&#x110000;")) {
			read.put(forbidden, " \uFFFD ");
		}
		// Two references to the halves of a pair are two errors, not the character the pair would make.
		read.put("&#xD83D;&#xDE00;", " \uFFFD\uFFFD ");
		// References the standard decodes to allowed characters read as those: &#x85; as Windows-1252's
		// ellipsis, an astral character whole, white space collapsed with the spaces around it.
		read.put("&#x85;", " \u2026 ");
		read.put("&#x1F600;", " \uD83D\uDE00 ");
		read.put("&#9;", " ");
		read.put("&#xC;", " ");
		read.put("&#10;", " ");

		List<Object> sources = new ArrayList<>();
		int n = 0;
		for (Map.Entry<String, String> reference : read.entrySet()) {
			n++;
			String html = "<p>Vice Premier He Lifeng met " + reference.getKey()
					+ " Howard Lutnick in London on June 9 for trade talks (" + n + ").</p>";
			MockHttpServletResponse ingested = this.api.post("/api/v1/ingest",
					IngestApiTest.document("html", html, "reference-" + n + ".html"));
			assertThat(ingested.getStatus()).as(html + ": " + ingested.getContentAsString()).isEqualTo(201);
			assertAllowed(ingested, html);
			String text = Api.read(ingested, "$.document.text");
			assertThat(text).as(html)
				.isEqualTo("Vice Premier He Lifeng met" + reference.getValue()
						+ "Howard Lutnick in London on June 9 for trade talks (" + n + ").");
			String source = "/api/v1/sources/" + Api.read(ingested, "$.source.id");
			sources.add(Api.read(ingested, "$.source.id"));

			List<Map<String, Object>> suggestions = IngestApiTest.suggestions(ingested);
			List<String> accept = new ArrayList<>();
			for (Map<String, Object> s : suggestions) {
				assertThat(s.get("excerpt")).as(html)
					.isEqualTo(text.substring((Integer) s.get("start"), (Integer) s.get("end")));
				Map<String, Object> subject = (Map<String, Object>) s.get("subject");
				if (subject.get("slug") != null && ((String) s.get("excerpt")).contains(reference.getValue().strip())) {
					accept.add("{\"number\": %d, \"decision\": \"accept\"}".formatted((Integer) s.get("number")));
				}
			}
			assertThat(accept).as("suggestions about stored subjects quoting the reference in " + html).isNotEmpty();
			assertAllowed(this.api.get(source + "/suggestions?size=100"), html);
			if (!ACCEPTED.contains(reference.getKey())) {
				continue;
			}
			// The claims' evidence is the excerpt, which the claim write path checks as any text.
			MockHttpServletResponse decided = this.api.post(source + "/suggestions/decisions",
					"{\"decisions\": [" + String.join(", ", accept) + "]}");
			assertThat(decided.getStatus()).as(html + ": " + decided.getContentAsString()).isEqualTo(200);
			assertThat((List<String>) Api.read(decided, "$.suggestions[*].status")).containsOnly("accepted");
			assertAllowed(decided, html);
		}

		// The backup holds those documents and suggestions, and only text its import accepts.
		MockHttpServletResponse backup = new Api(this.mvc, Editors.BOOTSTRAP_ADMIN).get("/api/v1/admin/backup");
		assertThat(backup.getStatus()).isEqualTo(200);
		JsonNode tables = IngestApiTest.JSON.readTree(backup.getContentAsByteArray()).get("tables");
		List<Object> backedUp = new ArrayList<>();
		for (JsonNode document : tables.get("source_document")) {
			if (document.get("body").stringValue().startsWith("Vice Premier He Lifeng met")) {
				backedUp.add(document.get("source_id").intValue());
			}
		}
		assertThat(backedUp).containsAll(sources);
		assertThat(forbidden(tables, "tables")).isEmpty();
	}

	/** An answer is JSON whose every string (names too) holds only what any stored string may. */
	private static void assertAllowed(MockHttpServletResponse answer, String html) throws Exception {
		JsonNode body = IngestApiTest.JSON.readTree(answer.getContentAsString(StandardCharsets.UTF_8));
		assertThat(forbidden(body, "")).as(html).isEmpty();
	}

	/** The paths of the strings in a JSON value that hold a character {@link Text} forbids. */
	private static List<String> forbidden(JsonNode node, String path) {
		List<String> found = new ArrayList<>();
		if (node.isString() && !Text.isAllowed(node.stringValue())) {
			found.add(path);
		}
		else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				found.addAll(forbidden(node.get(i), path + "[" + i + "]"));
			}
		}
		else if (node.isObject()) {
			for (Map.Entry<String, JsonNode> field : node.properties()) {
				if (!Text.isAllowed(field.getKey())) {
					found.add(path + " (a name)");
				}
				found.addAll(forbidden(field.getValue(), path + "." + field.getKey()));
			}
		}
		return found;
	}

}
