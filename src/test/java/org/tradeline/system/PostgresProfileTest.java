package org.tradeline.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.tradeline.support.Applications;
import org.tradeline.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The documented production set-up, SPRING_PROFILES_ACTIVE=postgres with DB_URL, DB_USER and
 * DB_PASSWORD, starts against a fresh PostgreSQL database, migrates and seeds it, and serves.
 */
@Tag("database")
class PostgresProfileTest {

	@Test
	void servesTheSeededTimelineFromAnEmptyPostgresDatabase() throws Exception {
		assumeTrue(TestDatabase.isPostgres(), "PostgreSQL profile is exercised in the PostgreSQL test run");
		Map<String, Object> database = TestDatabase.newDatabase();
		// The variables the profile documents, not Spring's own property names.
		try (ConfigurableApplicationContext context = Applications.start(Map.of("spring.profiles.active", "postgres",
				"DB_URL", database.get("spring.datasource.url"), "DB_USER",
				database.get("spring.datasource.username"), "DB_PASSWORD", ""))) {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(Applications.baseUrl(context) + "/api/v1/events?topic=rare-earths"))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).contains("china-rare-earth-export-controls");
			assertThat(context.getEnvironment().getProperty("spring.datasource.url")).startsWith("jdbc:postgresql:");
		}
	}

}
