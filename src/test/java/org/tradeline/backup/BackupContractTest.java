package org.tradeline.backup;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.tradeline.support.ApiTest;
import org.tradeline.support.Editors;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.tradeline.support.OpenApiContract.conforms;

/**
 * The backup endpoints answer as openapi.yaml says, on H2 and on PostgreSQL: the document matches
 * its schema row by row (types, required and nullable columns), and refusals are documented problems.
 */
@ApiTest
class BackupContractTest {

	@Autowired
	MockMvc mvc;

	@Test
	void backupDocumentAndRefusalsMatchThePublishedContract() throws Exception {
		String backup = this.mvc.perform(get(BackupController.PATH).with(Editors.bearer(Editors.BOOTSTRAP_ADMIN)))
			.andExpect(status().isOk())
			.andExpect(conforms())
			.andReturn()
			.getResponse()
			.getContentAsString();
		// A token makes the store no longer fresh, whatever other tests did to it before.
		String editor = Editors.editor(this.mvc, "backup-contract-editor");
		this.mvc.perform(post(BackupController.PATH).with(Editors.bearer(Editors.BOOTSTRAP_ADMIN))
			.contentType(MediaType.APPLICATION_JSON)
			.content(backup)).andExpect(status().isConflict()).andExpect(conforms());
		this.mvc.perform(post(BackupController.PATH).with(Editors.bearer(editor))
			.contentType(MediaType.APPLICATION_JSON)
			.content(backup)).andExpect(status().isForbidden()).andExpect(conforms());
		this.mvc.perform(get(BackupController.PATH)).andExpect(status().isUnauthorized()).andExpect(conforms());
		this.mvc.perform(post(BackupController.PATH).with(Editors.bearer(Editors.BOOTSTRAP_ADMIN))
			.contentType(MediaType.TEXT_PLAIN)
			.content(backup)).andExpect(status().isUnsupportedMediaType()).andExpect(conforms());
	}

}
