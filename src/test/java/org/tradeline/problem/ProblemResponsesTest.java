package org.tradeline.problem;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.tradeline.support.ApiTest;
import org.tradeline.support.Editors;

import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Whatever goes wrong, clients get RFC 9457 problem+json, never HTML or a stack trace. */
@ApiTest
class ProblemResponsesTest {

	@Autowired
	MockMvc mvc;

	@Test
	void unknownPathIsProblem404EvenForBrowsers() throws Exception {
		this.mvc.perform(get("/api/v1/nothing-here").accept(MediaType.TEXT_HTML, MediaType.ALL))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404));
	}

	@Test
	void unknownPathSaysWhatIsServedNotWhichFileWasMissing() throws Exception {
		this.mvc.perform(get("/api/v1/nothing-here"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail", not(containsString("static"))))
			.andExpect(jsonPath("$.detail", containsString("/openapi.yaml")));
		this.mvc.perform(get("/api/v1/events/"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail", containsString("no trailing slash")));
	}

	@Test
	void unsupportedMethodIsProblem405() throws Exception {
		// With a token, so that authorization passes and routing answers.
		this.mvc.perform(post("/api/v1/events/london-talks").with(Editors.bearer(Editors.BOOTSTRAP_ADMIN)))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(content().string(not(containsString("Exception"))));
	}

	@Test
	void containerErrorsAreProblemsToo() throws Exception {
		this.mvc.perform(get("/error").requestAttr("jakarta.servlet.error.status_code", 404))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Not Found"));
	}

	@Test
	void aUrlRefusedBeforeAnyHandlerNamesWhatWasWrongAndWhere() throws Exception {
		this.mvc.perform(get("/error").requestAttr("jakarta.servlet.error.status_code", 400)
			.requestAttr("jakarta.servlet.error.request_uri", "/api/v1/events/a%00b"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.instance").value("/api/v1/events/a%00b"))
			.andExpect(jsonPath("$.errors[0].parameter").value("url"));
	}

}
