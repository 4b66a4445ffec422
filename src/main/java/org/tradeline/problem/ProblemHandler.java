package org.tradeline.problem;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.core.JacksonException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.HttpMessageNotWritableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.util.DisconnectedClientHelper;
import org.tradeline.problem.outage.DatabaseOutage;
import org.tradeline.problem.outage.OutageProperties;
import org.tradeline.problem.routes.AllowedMethods;
import org.tradeline.problem.routes.ServedMediaTypes;

/**
 * Turns every failure into RFC 9457 problem+json. Spring MVC's own exceptions are handled by the
 * superclass; ours and anything unexpected are handled here, the latter without leaking details.
 */
@RestControllerAdvice
@EnableConfigurationProperties(OutageProperties.class)
class ProblemHandler extends ResponseEntityExceptionHandler {

	static final String UNDECODABLE_QUERY = "The query string is not valid percent-encoded UTF-8";

	private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

	private final Duration retryAfter;

	private final AllowedMethods allowed;

	private final ServedMediaTypes served;

	ProblemHandler(OutageProperties outage, ObjectProvider<HandlerMapping> mappings) {
		this.retryAfter = outage.retryAfter();
		this.allowed = new AllowedMethods(mappings);
		this.served = new ServedMediaTypes(mappings);
	}

	@ExceptionHandler
	ProblemDetail invalidParameter(InvalidParameterException ex) {
		return Problem.invalid(ex.parameter(), ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		// Worded as a body's field is, never by the Java type ("a valid Long").
		String expected = (ex.getRequiredType() != null) ? JsonErrors.describe(ex.getRequiredType()) : "a valid value";
		return Problem.invalid(ex.getName(), ex.getName() + " must be " + expected);
	}

	/** Tomcat could not decode the query string (bad percent-encoding or not UTF-8). */
	@ExceptionHandler
	ProblemDetail undecodableQuery(org.apache.tomcat.util.http.InvalidParameterException ex) {
		return Problem.invalid("query", UNDECODABLE_QUERY);
	}

	/** Refused by this service's own checks (ProblemAccept, ProblemBodies): answered as Spring MVC's 406 is. */
	@ExceptionHandler
	ResponseEntity<Object> notAcceptable(ProblemBodies.NotAcceptable ex, WebRequest request) {
		return handleHttpMediaTypeNotAcceptable(new HttpMediaTypeNotAcceptableException(List.of(MediaType.APPLICATION_JSON)),
				new HttpHeaders(), HttpStatus.NOT_ACCEPTABLE, request);
	}

	@ExceptionHandler
	ProblemDetail notFound(NotFoundException ex) {
		return Problem.of(HttpStatus.NOT_FOUND, "Not found", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail invalidBody(InvalidRequestException ex) {
		ProblemDetail problem = Problem.of(HttpStatus.BAD_REQUEST, "Invalid request body", ex.getMessage());
		problem.setProperty("errors",
				ex.violations().stream().map(v -> Map.of("field", v.field(), "message", v.message())).toList());
		return problem;
	}

	@ExceptionHandler
	ProblemDetail conflict(ConflictException ex) {
		return Problem.of(HttpStatus.CONFLICT, "Conflict", ex.getMessage());
	}

	@ExceptionHandler // a unique key taken by a concurrent write that passed our own checks
	ProblemDetail integrity(DataIntegrityViolationException ex) {
		log.info("Write rejected by a database constraint: {}", ex.getMostSpecificCause().getMessage());
		return Problem.of(HttpStatus.CONFLICT, "Conflict",
				"The change conflicts with stored data (a slug or file name already taken?).");
	}

	@ExceptionHandler
	ProblemDetail precondition(PreconditionException ex) {
		HttpStatus status = ex.isMissing() ? HttpStatus.PRECONDITION_REQUIRED : HttpStatus.PRECONDITION_FAILED;
		return Problem.of(status, ex.isMissing() ? "Precondition required" : "Precondition failed", ex.getMessage());
	}

	/**
	 * Two writers passed the If-Match check at once and the JPA version (or its row lock) stopped the
	 * second, whose ETag is stale: 412. A write without one (a new claim, a restore) or with
	 * {@code If-Match: *} (alone: with tags it is malformed), which names any current version and so is
	 * never stale, lost a race on a shared row, stored nothing and may be sent again: 409, Retry-After.
	 */
	@ExceptionHandler({ OptimisticLockException.class, PessimisticLockException.class, LockTimeoutException.class,
			ConcurrencyFailureException.class, org.hibernate.StaleStateException.class })
	ResponseEntity<ProblemDetail> concurrentWrite(Exception ex, HttpServletRequest request) {
		log.debug("Concurrent write lost", ex);
		String ifMatch = request.getHeader(HttpHeaders.IF_MATCH);
		if (ifMatch != null && !ifMatch.strip().equals("*")) {
			return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED).body(precondition(PreconditionException.failed()));
		}
		return ResponseEntity.status(HttpStatus.CONFLICT).header(HttpHeaders.RETRY_AFTER, "1")
			.body(Problem.of(HttpStatus.CONFLICT, "Conflict", "Another change to the same record was written at the same "
					+ "moment, and nothing of this request was stored: send it again."));
	}

	@ExceptionHandler
	ProblemDetail tooLarge(PayloadTooLargeException ex) {
		return Problem.of(HttpStatus.CONTENT_TOO_LARGE, "Request body too large", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail bodyCharset(BodyCharsetException ex) {
		return Problem.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported Media Type", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail invalidUtf8(InvalidUtf8Exception ex) {
		return invalidBody(new InvalidRequestException("", ex.getMessage()));
	}

	/**
	 * Anything unexpected is a 500, except a database out of reach: however deep in the cause chain
	 * and whichever layer wrapped it (transaction manager, JPA, JDBC, the pool), that is a 503; nor a
	 * request's conditions refused while a streamed answer was written, wrapped by its writer (a
	 * template, a JSON generator): a 412, or a 400 for an If-Match that is not one. A client gone while
	 * its answer was written (a backup download dropped) is no failure: one line at debug, no answer.
	 */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		if (DisconnectedClientHelper.isClientDisconnectedException(ex)) {
			log.debug("Client went away before its answer was written: {}", ex.toString());
			return null;
		}
		if (DatabaseOutage.causedBy(ex)) {
			return databaseUnavailable(ex);
		}
		for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
			ProblemDetail refused = (cause instanceof PreconditionException unmet) ? precondition(unmet)
					: (cause instanceof InvalidParameterException invalid) ? invalidParameter(invalid) : null;
			if (refused != null) {
				return ResponseEntity.of(refused).build();
			}
		}
		log.error("Unhandled failure", ex);
		ProblemDetail problem = Problem.of(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
				"The server failed to answer this request.");
		return ResponseEntity.internalServerError().body(problem);
	}

	/**
	 * The database is stopped, restarting or unreachable, or no pooled connection came free in time.
	 * Logged quietly: during an outage every request ends here, and the store revision poller and
	 * the readiness probe already report it once.
	 */
	private ResponseEntity<ProblemDetail> databaseUnavailable(Exception ex) {
		log.debug("Database unavailable", ex);
		ProblemDetail problem = Problem.of(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable",
				"The database cannot be reached at the moment; try again shortly.");
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, this.retryAfter.toSeconds())))
			.body(problem);
	}

	/** Malformed JSON or UTF-8, wrong types, unknown fields, or a body over the size cap. */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		// The cap first, wherever it is in the chain: Jackson wraps the stream's exception in its own.
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof PayloadTooLargeException tooLarge) {
				return handleExceptionInternal(ex, tooLarge(tooLarge), headers, HttpStatus.CONTENT_TOO_LARGE, request);
			}
			if (cause instanceof InvalidUtf8Exception invalid) {
				return handleExceptionInternal(ex, invalidUtf8(invalid), headers, HttpStatus.BAD_REQUEST, request);
			}
			if (cause instanceof BodyCharsetException charset) {
				return handleExceptionInternal(ex, bodyCharset(charset), headers, HttpStatus.UNSUPPORTED_MEDIA_TYPE,
						request);
			}
		}
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof JacksonException json) {
				return handleExceptionInternal(ex, invalidBody(new InvalidRequestException(JsonErrors.path(json),
						JsonErrors.message(json))), headers, HttpStatus.BAD_REQUEST, request);
			}
		}
		return handleExceptionInternal(ex,
				invalidBody(new InvalidRequestException("", "The request needs a JSON body")), headers,
				HttpStatus.BAD_REQUEST, request);
	}

	/**
	 * A precondition refused while the answer was being written (one too large to hold has no ETag
	 * to match, so its If-Match is only judged when it outgrows the buffer); the converter wraps it.
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotWritable(HttpMessageNotWritableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof PreconditionException precondition) {
				return handleExceptionInternal(ex, precondition(precondition), headers, HttpStatus.PRECONDITION_FAILED,
						request);
			}
		}
		return super.handleHttpMessageNotWritable(ex, headers, status, request);
	}

	/** Spring names the static resource it looked for; a client needs to know what is served instead. */
	@Override
	protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		boolean trailingSlash = request instanceof ServletWebRequest servlet
				&& servlet.getRequest().getRequestURI().endsWith("/");
		String detail = trailingSlash
				? "Nothing is served at this path; paths have no trailing slash."
				: "Nothing is served at this path; the API is described at /openapi.yaml.";
		return handleExceptionInternal(ex, Problem.of(HttpStatus.NOT_FOUND, "Not found", detail), headers, status, request);
	}

	/** Allow lists every method the URL serves, whoever refused the method ({@link AllowedMethods}). */
	@Override
	protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String allow = this.allowed.of(((ServletWebRequest) request).getRequest(), ex.getSupportedMethods());
		HttpHeaders answer = new HttpHeaders();
		answer.set(HttpHeaders.ALLOW, allow);
		return handleExceptionInternal(ex, Problem.methodNotAllowed(allow), answer, status, request);
	}

	/**
	 * Every 406, whoever refused: Spring MVC names only what the handler it chose produces, a 406 names
	 * what the URL serves ({@link ServedMediaTypes}); and it varies by Accept, as it is Accept it answers.
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		HttpHeaders answer = new HttpHeaders();
		answer.addAll(headers);
		answer.setVary(List.of(HttpHeaders.ACCEPT));
		List<String> types = this.served.of(((ServletWebRequest) request).getRequest(), ex.getSupportedMediaTypes())
			.stream()
			.map(MediaType::toString)
			.toList();
		ProblemDetail problem = Problem.of(HttpStatus.NOT_ACCEPTABLE, "Not Acceptable",
				"Acceptable representations: " + types + ".");
		return handleExceptionInternal(ex, problem, answer, status, request);
	}

	/** Spring's own detail reads "Content-Type 'null' is not supported" when the header is missing. */
	@Override
	protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String send = ex.getSupportedMediaTypes().isEmpty() ? "" : "; send "
				+ String.join(" or ", ex.getSupportedMediaTypes().stream().map(MediaType::toString).toList());
		String detail = (ex.getContentType() == null) ? "This request needs a body with a Content-Type header" + send
				: "Content-Type " + Excerpt.of(ex.getContentType().toString()) + " is not taken here" + send;
		ProblemDetail problem = Problem.of(status, "Unsupported Media Type", detail);
		return handleExceptionInternal(ex, problem, headers, status, request);
	}

}
