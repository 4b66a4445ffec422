package org.tradeline.problem;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** The problem bodies this service writes, built one way wherever a failure is answered. */
final class Problem {

	private Problem() {
	}

	static ProblemDetail of(HttpStatusCode status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}

	/** The answer to a method the URL does not take, given the value of its Allow header. */
	static ProblemDetail methodNotAllowed(String allow) {
		return of(HttpStatus.METHOD_NOT_ALLOWED, "Method Not Allowed",
				allow.isEmpty() ? "This URL takes no method" : "This URL takes only " + allow);
	}

	/** A query, path or header value refused, named in {@code errors} as the contract's BadRequest shows. */
	static ProblemDetail invalid(String parameter, String message) {
		ProblemDetail problem = of(HttpStatus.BAD_REQUEST, "Invalid request parameter", message);
		problem.setProperty("errors", List.of(Map.of("parameter", parameter, "message", message)));
		return problem;
	}

}
