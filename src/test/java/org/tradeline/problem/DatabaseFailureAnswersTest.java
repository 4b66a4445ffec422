package org.tradeline.problem;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import jakarta.persistence.OptimisticLockException;
import org.hibernate.TransactionException;
import org.hibernate.exception.GenericJDBCException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.context.support.GenericApplicationContext;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.ExceptionHandlerExceptionResolver;

import static org.assertj.core.api.Assertions.assertThat;

import org.tradeline.problem.outage.OutageProperties;

/**
 * Which database failures are an outage (503 with Retry-After: try again shortly) and which are
 * not (a constraint or lock says something about the request; anything else is a 500). The
 * failures are shaped as the layers between the pool and the controller really wrap them.
 */
class DatabaseFailureAnswersTest {

	// Stateless once built, so every case is resolved by the same one.
	private static final ExceptionHandlerExceptionResolver resolver = createResolver();

	/** A failure, the If-Match the request sent (or null), and the status and Retry-After expected. */
	record Case(String name, RuntimeException failure, String ifMatch, int status, String retryAfter) {

		Case(String name, RuntimeException failure, int status) {
			this(name, failure, null, status, (status == 503) ? "7" : null);
		}

		@Override
		public String toString() {
			return this.name;
		}

	}

	static Stream<Case> cases() {
		return Stream.of(
				new Case("no pooled connection within the timeout",
						new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
								new SQLTransientConnectionException("Connection is not available, request timed out after 2000ms")),
						503),
				new Case("connection refused",
						new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
								new SQLException("Connection to localhost:5432 refused", "08001")),
						503),
				new Case("server shutting down mid-query",
						new JpaSystemException(new GenericJDBCException("could not execute query",
								new SQLException("FATAL: terminating connection due to administrator command", "57P01"))),
						503),
				new Case("server still starting up",
						new JpaSystemException(new GenericJDBCException("could not connect",
								new SQLException("FATAL: the database system is starting up", "57P03"))),
						503),
				new Case("rollback on a connection the pool closed after it broke",
						new JpaSystemException(new TransactionException("Unable to rollback against JDBC Connection",
								new SQLException("Connection is closed"))),
						503),
				new Case("unique key taken", new DataIntegrityViolationException("duplicate key",
						new SQLException("duplicate key value violates unique constraint", "23505")), 409),
				// The client's If-Match named a version another writer has just replaced.
				new Case("row locked, the write sent If-Match", new CannotAcquireLockException("could not obtain lock",
						new SQLException("could not obtain lock on row", "55P03")), "\"v1\"", 412, null),
				new Case("version stale, the write sent If-Match with a tag",
						new OptimisticLockException("Row was updated or deleted by another transaction"), "\"v1\"", 412,
						null),
				// "*" names whichever version is current, so it cannot be stale: the write just lost a race.
				new Case("version stale, the write sent If-Match: *",
						new OptimisticLockException("Row was updated or deleted by another transaction"), "*", 409, "1"),
				new Case("row locked, the write sent If-Match: *", new CannotAcquireLockException("could not obtain lock",
						new SQLException("could not obtain lock on row", "55P03")), "*", 409, "1"),
				// No precondition was given: the same request may be sent again.
				new Case("row locked, the write sent no If-Match", new CannotAcquireLockException("could not obtain lock",
						new SQLException("could not obtain lock on row", "55P03")), null, 409, "1"),
				new Case("commit refused with a reason",
						new JpaSystemException(new TransactionException("Unable to commit against JDBC Connection",
								new SQLException("could not serialize access", "40001"))),
						500),
				new Case("a bug", new IllegalStateException("unexpected"), 500));
	}

	@ParameterizedTest
	@MethodSource("cases")
	void answers(Case c) {
		// Resolved the way both controllers' and filters' failures are: by the MVC exception resolver.
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockHttpServletRequest request = new MockHttpServletRequest("PATCH", "/api/v1/events/london-talks");
		if (c.ifMatch() != null) {
			request.addHeader("If-Match", c.ifMatch());
		}
		assertThat(resolver.resolveException(request, response, null, c.failure())).isNotNull();
		assertThat(response.getStatus()).isEqualTo(c.status());
		assertThat(MediaType.parseMediaType(response.getContentType())).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(response.getHeader("Retry-After")).isEqualTo(c.retryAfter());
	}

	private static ExceptionHandlerExceptionResolver createResolver() {
		GenericApplicationContext context = new GenericApplicationContext();
		context.registerBean(ProblemHandler.class, () -> new ProblemHandler(new OutageProperties(Duration.ofSeconds(7)),
				context.getBeanProvider(HandlerMapping.class)));
		context.refresh();
		ExceptionHandlerExceptionResolver resolver = new ExceptionHandlerExceptionResolver();
		resolver.setMessageConverters(List.of(new JacksonJsonHttpMessageConverter()));
		resolver.setApplicationContext(context);
		resolver.afterPropertiesSet();
		return resolver;
	}

}
