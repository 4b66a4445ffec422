package org.tradeline.backup;

import java.nio.charset.StandardCharsets;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.tradeline.support.ApiTest;
import org.tradeline.support.Editors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An import moves the store revision without the change log that other writes keep; the instance
 * that imported must still stop replaying the answers it kept from before, at once, not at the next
 * poll of the revision (here an hour away).
 */
@ApiTest
@TestPropertySource(properties = { "tradeline.test.context=backup-import-reads", "tradeline.store.poll-interval=1h" })
class BackupImportReadsTest {

	private static final String EVENT = "/api/v1/events/london-talks";

	@Autowired
	MockMvc mvc;

	@Test
	void aReadRightAfterAnImportAnswersFromTheImportedStore() throws Exception {
		String before = title(read(EVENT));
		String backup = this.mvc.perform(get(BackupController.PATH).with(Editors.bearer(Editors.BOOTSTRAP_ADMIN)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String field = "\"slug\":\"london-talks\",\"title\":\"";
		assertThat(backup).contains(field);
		String edited = backup.replace(field, field + "Imported: ");

		this.mvc.perform(post(BackupController.PATH).with(Editors.bearer(Editors.BOOTSTRAP_ADMIN))
			.contentType(MediaType.APPLICATION_JSON)
			.content(edited.getBytes(StandardCharsets.UTF_8))).andExpect(status().isOk());

		assertThat(title(read(EVENT))).isEqualTo("Imported: " + before);
	}

	private String read(String path) throws Exception {
		return this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static String title(String event) {
		return JsonPath.read(event, "$.title");
	}

}
