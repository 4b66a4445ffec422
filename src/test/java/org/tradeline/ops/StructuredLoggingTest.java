package org.tradeline.ops;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.filter.OncePerRequestFilter;
import org.tradeline.support.Applications;
import org.tradeline.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Logs as a shipper parses them: with logging.structured.format.console=ecs every line is one JSON
 * object, and a line written while a request runs carries that request's id.
 */
@ExtendWith(OutputCaptureExtension.class)
class StructuredLoggingTest {

	@Test
	void withEcsOnALogLineIsJsonCarryingTheRequestId(CapturedOutput output) throws Exception {
		Map<String, Object> properties = new HashMap<>(TestDatabase.newH2Database());
		properties.put("logging.structured.format.console", "ecs");
		// Logging is set up once per JVM while any context that did it is open (other tests' are):
		// let this application set it up again, as it would in a process of its own. Closing it
		// cleans up again, so the next application started returns to the plain format.
		LoggingSystem.get(getClass().getClassLoader()).cleanUp();
		try (ConfigurableApplicationContext app = Applications.start(properties, LoggingProbe.class)) {
			HttpResponse<Void> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(Applications.baseUrl(app) + "/api/v1/topics"))
					.header("X-Request-Id", "structured-42")
					.header(LoggingProbe.HEADER, "yes")
					.build(), HttpResponse.BodyHandlers.discarding());
			assertThat(response.statusCode()).isEqualTo(200);
		}
		String line = output.getOut()
			.lines()
			.filter(candidate -> candidate.contains(LoggingProbe.MESSAGE))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no probe line in:\n" + output.getOut()));
		JsonNode json = JsonMapper.builder().build().readTree(line);
		assertThat(json.path("message").asString()).isEqualTo(LoggingProbe.MESSAGE);
		assertThat(json.path("requestId").asString()).isEqualTo("structured-42");
		assertThat(json.path("log").path("level").asString()).isEqualTo("INFO");
	}

	/**
	 * Logs one line from inside a request that asks for it, as application code would. A plain class
	 * (no stereotype), registered only where a test passes it as a source; a Filter bean is mapped to
	 * every request.
	 */
	static class LoggingProbe extends OncePerRequestFilter {

		static final String HEADER = "X-Test-Log";

		static final String MESSAGE = "Probe line written while a request runs";

		private static final Logger log = LoggerFactory.getLogger(LoggingProbe.class);

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (request.getHeader(HEADER) != null) {
				log.info(MESSAGE);
			}
			chain.doFilter(request, response);
		}

	}

}
