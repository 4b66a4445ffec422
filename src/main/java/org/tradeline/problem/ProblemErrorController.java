package org.tradeline.problem;

import java.net.URI;
import java.net.URISyntaxException;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.tradeline.problem.routes.AllowedMethods;

/**
 * Replaces Boot's whitelabel /error page: failures that never reach a controller (rejected URLs,
 * filter errors) are answered as problem+json too, whatever the client accepts, naming the URL that
 * failed (where the container knows it) rather than /error. Asked for directly, /error is 404 as
 * any path the API does not serve.
 */
@RestController
@Hidden
class ProblemErrorController implements ErrorController {

	private final AllowedMethods allowed;

	ProblemErrorController(ObjectProvider<HandlerMapping> mappings) {
		this.allowed = new AllowedMethods(mappings);
	}

	@RequestMapping(path = "/error", produces = MediaType.ALL_VALUE)
	ResponseEntity<ProblemDetail> error(HttpServletRequest request, HttpServletResponse response)
			throws NoResourceFoundException {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code == null) {
			// Asked for by a client, not forwarded by the container with a failure to report: /error is
			// a path the API does not serve, answered as every other one is.
			throw new NoResourceFoundException(HttpMethod.valueOf(request.getMethod()), request.getRequestURI(),
					"error");
		}
		// The container's own refusals (TRACE) come here without passing the security chain's header writer.
		SecurityHeaders.addMissing(response);
		HttpStatus status = (code instanceof Integer value) ? HttpStatus.resolve(value) : null;
		if (status == null || !status.isError()) {
			status = HttpStatus.INTERNAL_SERVER_ERROR;
		}
		HttpHeaders headers = new HttpHeaders();
		ProblemDetail problem;
		if (status == HttpStatus.BAD_REQUEST) {
			// A URL the container refused before any filter or handler saw it.
			InvalidParameterException refused = InvalidParameterException.refusedUrl();
			problem = Problem.invalid(refused.parameter(), refused.getMessage());
		}
		else if (status == HttpStatus.METHOD_NOT_ALLOWED) {
			// TRACE, refused by the container with an Allow of its own that does not depend on the URL.
			String allow = this.allowed.of(request, null);
			headers.set(HttpHeaders.ALLOW, allow);
			problem = Problem.methodNotAllowed(allow);
		}
		else {
			problem = ProblemDetail.forStatus(status);
		}
		if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String path) {
			instance(problem, path);
		}
		return ResponseEntity.status(status)
			.headers(headers)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	private static void instance(ProblemDetail problem, String path) {
		try {
			problem.setInstance(new URI(path));
		}
		catch (URISyntaxException ex) {
			// A path that is not a URI reference at all is not echoed.
		}
	}

}
