package org.tradeline.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.tradeline.support.Applications;
import org.tradeline.support.Editors;
import org.tradeline.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Closing the application (as on SIGTERM) while a slow read and a slow write are in flight: the
 * server stops taking connections at once, both requests still complete with 2xx, and the write,
 * caught in the middle of its transaction (source inserted, claims not yet) when the shutdown
 * began, is stored whole: the source with every one of its claims.
 */
@Tag("database")
class GracefulShutdownIT {

	/** Requests carrying it wait for the test: "read" before anything runs, "write" before its first claim insert. */
	static final String HOLD = "X-Test-Hold";

	private static final Pattern CLAIM_INSERT = Pattern.compile("^insert into claim\\s*\\(", Pattern.CASE_INSENSITIVE);

	private static final String SOURCE = """
			{"fileName": "graceful-shutdown.txt", "title": "Wire report", "outlet": "Example Wire",
			 "summary": "Sent while the service shuts down.", "sha256": "%s",
			 "citations": [{"name": "Xinhua", "kind": "state-media"}],
			 "claims": [
			   {"subject": {"type": "figure", "slug": "rare-earth-exports-2025-05"}, "attribute": "amount",
			    "value": "5000", "valueLabel": "5,000 tonnes", "excerpt": "exports of 5,000 tonnes"},
			   {"subject": {"type": "actor", "slug": "he-lifeng"}, "attribute": "title",
			    "value": "Vice Premier", "valueLabel": "Vice Premier", "excerpt": "Vice Premier He Lifeng"}]}"""
		.formatted("d".repeat(64));

	// The application's beans reach the test's latches through these; one test at a time.
	static volatile CountDownLatch reached;

	static volatile CountDownLatch release;

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@Test
	void requestsInFlightFinishNewOnesAreRefusedAndTheWriteInFlightIsStoredWhole() throws Exception {
		reached = new CountDownLatch(2);
		release = new CountDownLatch(1);
		Map<String, Object> database = TestDatabase.newDatabase();
		ConfigurableApplicationContext app = Applications.start(database, Holds.class);
		int port = Applications.port(app);
		CompletableFuture<Void> closed = null;
		try {
			CompletableFuture<HttpResponse<String>> read = this.http.sendAsync(
					HttpRequest.newBuilder(uri(port, "/api/v1/events/london-talks")).header(HOLD, "read").build(),
					HttpResponse.BodyHandlers.ofString());
			CompletableFuture<HttpResponse<String>> write = this.http.sendAsync(
					HttpRequest.newBuilder(uri(port, "/api/v1/sources"))
						.header(HOLD, "write")
						.header("Authorization", "Bearer " + Editors.BOOTSTRAP_ADMIN)
						.header("Content-Type", "application/json")
						.POST(HttpRequest.BodyPublishers.ofString(SOURCE))
						.build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(reached.await(30, TimeUnit.SECONDS)).as("both requests are in flight").isTrue();

			closed = CompletableFuture.runAsync(app::close);
			// New requests are refused while the two are still being served.
			List<String> attempts = new ArrayList<>();
			long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
			String refusal = null;
			while (refusal == null && System.nanoTime() < deadline) {
				refusal = newRequest(port, attempts);
				if (refusal == null) {
					Thread.sleep(50);
				}
			}
			assertThat(refusal).as("a new request refused; attempts: %s", attempts).isNotNull();
			assertThat(read).as("the read in flight is still being served").isNotDone();
			assertThat(write).as("the write in flight is still being served").isNotDone();
			assertThat(closed).as("shutdown waits for the requests in flight").isNotDone();

			release.countDown();
			HttpResponse<String> readAnswer = read.get(30, TimeUnit.SECONDS);
			HttpResponse<String> writeAnswer = write.get(30, TimeUnit.SECONDS);
			assertThat(readAnswer.statusCode()).as(readAnswer.body()).isEqualTo(200);
			assertThat((String) JsonPath.read(readAnswer.body(), "$.slug")).isEqualTo("london-talks");
			assertThat(writeAnswer.statusCode()).as(writeAnswer.body()).isEqualTo(201);
			assertThat((Integer) JsonPath.read(writeAnswer.body(), "$.standing.claims")).isEqualTo(2);
			closed.get(60, TimeUnit.SECONDS);
			assertThat(app.isActive()).isFalse();
		}
		finally {
			release.countDown();
			if (closed == null) {
				app.close();
			}
		}

		// Straight from the database, after the application is gone.
		try (Connection connection = TestDatabase.connect(database);
				PreparedStatement statement = connection.prepareStatement("""
						select count(distinct s.id), count(c.id) from source s left join claim c on c.source_id = s.id
						where s.file_name = 'graceful-shutdown.txt'""")) {
			try (ResultSet rows = statement.executeQuery()) {
				rows.next();
				assertThat(rows.getInt(1)).as("sources stored").isEqualTo(1);
				assertThat(rows.getInt(2)).as("claims stored with it").isEqualTo(2);
			}
		}
	}

	/** A refusal (how it was refused), or null when the request was still served. */
	private String newRequest(int port, List<String> attempts) throws InterruptedException {
		// A client of its own: a new connection, not one kept alive from before.
		HttpClient fresh = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(2))
			.build();
		try {
			HttpResponse<String> response = fresh.send(HttpRequest.newBuilder(uri(port, "/api/v1/topics"))
				.timeout(Duration.ofSeconds(2))
				.build(), HttpResponse.BodyHandlers.ofString());
			attempts.add(String.valueOf(response.statusCode()));
			return (response.statusCode() == 503) ? "503" : null;
		}
		catch (java.net.ConnectException ex) {
			return "connection refused";
		}
		catch (IOException ex) {
			attempts.add(ex.toString());
			return null;
		}
	}

	private static URI uri(int port, String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static void hold() {
		reached.countDown();
		try {
			if (!release.await(60, TimeUnit.SECONDS)) {
				throw new IllegalStateException("never released");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Test-only beans, added as a source of the application. Deliberately not a @Configuration:
	 * component scanning would then add them to every application the test suite starts.
	 */
	static class Holds {

		@Bean
		FilterRegistrationBean<Filter> holdReads() {
			FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
				if ("read".equals(((HttpServletRequest) request).getHeader(HOLD))) {
					hold();
				}
				chain.doFilter(request, response);
			});
			registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
			return registration;
		}

		/** Holds the write inside its transaction: its source row is inserted, its claims are not yet. */
		@Bean
		HibernatePropertiesCustomizer holdWrites() {
			StatementInspector inspector = sql -> {
				if (CLAIM_INSERT.matcher(sql).find()
						&& RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
						&& "write".equals(attributes.getRequest().getHeader(HOLD))
						&& attributes.getAttribute("held", RequestAttributes.SCOPE_REQUEST) == null) {
					attributes.setAttribute("held", true, RequestAttributes.SCOPE_REQUEST);
					hold();
				}
				return sql;
			};
			return hibernate -> hibernate.put(AvailableSettings.STATEMENT_INSPECTOR, inspector);
		}

	}

}
