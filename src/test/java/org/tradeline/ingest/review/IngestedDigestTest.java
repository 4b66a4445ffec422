package org.tradeline.ingest.review;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.tradeline.support.Api;
import org.tradeline.support.ApiTest;
import org.tradeline.support.Editors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An ingested source's sha256 is the service's digest of the bytes it read, and what refuses the same
 * bytes a second time: no write may change it. A source an editor wrote by hand keeps an editable one.
 */
@ApiTest
@TestPropertySource(properties = "tradeline.test.context=ingest-review")
class IngestedDigestTest {

	private static final String OTHER_DIGEST = "ab".repeat(32);

	@Autowired
	MockMvc mvc;

	@Test
	@SuppressWarnings("unchecked")
	void theDigestOfAnIngestedDocumentCannotChangeSoItsBytesStayRefused() throws Exception {
		Api api = new Api(this.mvc, Editors.editor(this.mvc, "digest-keeper"));
		String text = IngestApiTest.ARTICLE + "\nA reference line for the digest test.\n";
		MockHttpServletResponse ingested = api.post("/api/v1/ingest",
				IngestApiTest.document("text", text, "digest-kept.txt"));
		assertThat(ingested.getStatus()).as(ingested.getContentAsString()).isEqualTo(201);
		String source = "/api/v1/sources/" + Api.read(ingested, "$.source.id");

		MockHttpServletResponse patched = api.patch(source, api.editorEtag(source),
				"{\"sha256\": \"" + OTHER_DIGEST + "\"}");
		assertThat(patched.getStatus()).as(patched.getContentAsString()).isEqualTo(400);
		assertThat((List<String>) Api.read(patched, "$.errors[*].field")).containsExactly("sha256");
		assertThat((String) Api.read(api.get(source + "?state=all"), "$.sha256")).isNotEqualTo(OTHER_DIGEST);
		// Its other fields stay editable.
		assertThat(api.patch(source, api.editorEtag(source), "{\"title\": \"Lutnick upbeat\"}").getStatus())
			.isEqualTo(200);

		MockHttpServletResponse again = api.post("/api/v1/ingest",
				IngestApiTest.document("text", text, "digest-kept-again.txt"));
		assertThat(again.getStatus()).as(again.getContentAsString()).isEqualTo(409);
	}

	/** A draft, so that nothing here moves the public view other tests of this context date their reads by. */
	@Test
	void aSourceWrittenByHandKeepsAnEditableDigest() throws Exception {
		Api api = new Api(this.mvc, Editors.editor(this.mvc, "digest-editor"));
		MockHttpServletResponse created = api.post("/api/v1/sources", """
				{"fileName": "digest-by-hand.txt", "summary": "Typed in.", "sha256": "%s", "state": "draft"}"""
			.formatted("cd".repeat(32)));
		assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
		String source = "/api/v1/sources/" + Api.read(created, "$.id");
		MockHttpServletResponse patched = api.patch(source, api.editorEtag(source),
				"{\"sha256\": \"" + OTHER_DIGEST + "\"}");
		assertThat(patched.getStatus()).as(patched.getContentAsString()).isEqualTo(200);
		assertThat((String) Api.read(patched, "$.sha256")).isEqualTo(OTHER_DIGEST);
	}

}
