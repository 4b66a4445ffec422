package org.tradeline.support;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultMatcher;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What the API answers to a client's mistakes, as MockMvc expectations. */
public final class Problems {

	private Problems() {
	}

	/** A refused query or path parameter: 400 problem+json naming it first, and saying what is wrong. */
	public static ResultMatcher invalidParameter(String parameter) {
		List<ResultMatcher> expectations = List.of(status().isBadRequest(),
				content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON),
				jsonPath("$.status").value(400), jsonPath("$.errors[0].parameter").value(parameter),
				jsonPath("$.detail").isNotEmpty());
		return result -> {
			for (ResultMatcher expectation : expectations) {
				expectation.match(result);
			}
		};
	}

}
