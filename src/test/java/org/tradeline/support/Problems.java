package org.tradeline.support;

import java.net.http.HttpResponse;
import java.util.List;

import com.jayway.jsonpath.JsonPath;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultMatcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What the API answers to a client's mistakes, as MockMvc expectations and over real HTTP. */
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

	/** An answer over real HTTP that is a problem+json of this status. */
	public static void assertProblem(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).as(response.uri().toString())
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(JsonPath.<Integer>read(response.body(), "$.status")).isEqualTo(status);
	}

}
