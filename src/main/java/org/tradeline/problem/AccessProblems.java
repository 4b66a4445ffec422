package org.tradeline.problem;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The answers that refuse a client rather than its request: no or a bad token, a role or an origin
 * not allowed, a budget spent. Ahead of {@link ProblemHandler}, whose catch-all would otherwise take
 * these too.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccessProblems {

	@ExceptionHandler
	ProblemDetail crossOrigin(CrossOriginDeniedException ex) {
		return Problem.of(HttpStatus.FORBIDDEN, "Forbidden", ex.getMessage());
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> tooManyRequests(TooManyRequestsException ex) {
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(ex.retryAfterSeconds()))
			.body(Problem.of(HttpStatus.TOO_MANY_REQUESTS, "Too many requests", ex.getMessage()));
	}

	/** From the security filters (through the handler exception resolver): 401 with an RFC 6750 challenge. */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException ex) {
		boolean tokenSent = ex instanceof BadCredentialsException;
		ProblemDetail problem = Problem.of(HttpStatus.UNAUTHORIZED, "Unauthorized",
				tokenSent ? ex.getMessage() : "This request needs an API token: Authorization: Bearer <token>.");
		String challenge = tokenSent
				? "Bearer realm=\"tradeline\", error=\"invalid_token\", error_description=\"" + ex.getMessage() + "\""
				: "Bearer realm=\"tradeline\"";
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
			.header(HttpHeaders.WWW_AUTHENTICATE, challenge)
			.body(problem);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> forbidden(AccessDeniedException ex) {
		ProblemDetail problem = Problem.of(HttpStatus.FORBIDDEN, "Forbidden",
				"This token's role does not allow this request.");
		return ResponseEntity.status(HttpStatus.FORBIDDEN)
			.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"tradeline\", error=\"insufficient_scope\"")
			.body(problem);
	}

}
