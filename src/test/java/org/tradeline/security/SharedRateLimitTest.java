package org.tradeline.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.context.ConfigurableApplicationContext;
import org.tradeline.support.Applications;
import org.tradeline.support.Editors;
import org.tradeline.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances on one PostgreSQL database are one service to a client: its read and write
 * budgets are spent across both, so a client allowed N gets N in total, not 2N. (Whatever database
 * the run is for: shared budgets exist only on PostgreSQL.) The period is long enough that no
 * window ends while the test runs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharedRateLimitTest {

	// A 64th of it is reserved at a time (3), so instances reserve in chunks, not per request.
	private static final int READS = 200;

	private static final int WRITES = 4;

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private List<ConfigurableApplicationContext> instances;

	@BeforeAll
	void start() {
		Map<String, Object> properties = new HashMap<>(TestDatabase.newPostgresDatabase());
		properties.put("tradeline.rate-limit.reads-per-client", READS);
		properties.put("tradeline.rate-limit.writes-per-token", WRITES);
		properties.put("tradeline.rate-limit.period", "1000d");
		this.instances = List.of(Applications.start(properties), Applications.start(properties));
	}

	@AfterAll
	void stop() {
		if (this.instances != null) {
			this.instances.forEach(ConfigurableApplicationContext::close);
		}
	}

	@Test
	void aClientsReadsAreCountedAcrossInstances() throws Exception {
		int[] admitted = new int[2];
		int refused = 0;
		for (int i = 0; i < READS * 2; i++) {
			int status = send(i % 2, HttpRequest.newBuilder().GET(), "/api/v1/topics");
			if (status == 200) {
				admitted[i % 2]++;
			}
			else {
				assertThat(status).isEqualTo(429);
				refused++;
			}
		}
		// Requests kept coming to both, so every reserved unit was handed out: exactly the budget.
		assertThat(admitted[0] + admitted[1]).isEqualTo(READS);
		assertThat(admitted[0]).as("both instances served").isGreaterThan(READS / 4);
		assertThat(admitted[1]).as("both instances served").isGreaterThan(READS / 4);
		assertThat(refused).isEqualTo(READS);
	}

	@Test
	void aTokensWritesAreCountedAcrossInstances() throws Exception {
		int admitted = 0;
		for (int i = 0; i < WRITES * 3; i++) {
			int status = send(i % 2, HttpRequest.newBuilder()
				.POST(HttpRequest.BodyPublishers.ofString("{}"))
				.header("Content-Type", "application/json")
				.header("Authorization", "Bearer " + Editors.BOOTSTRAP_ADMIN), "/api/v1/actors");
			// An invalid body is still a write spent; 429 once the token's budget is gone.
			if (status != 429) {
				assertThat(status).isEqualTo(400);
				admitted++;
			}
		}
		assertThat(admitted).isEqualTo(WRITES);
	}

	private int send(int instance, HttpRequest.Builder request, String path) throws Exception {
		URI uri = URI.create(Applications.baseUrl(this.instances.get(instance)) + path);
		return this.http.send(request.uri(uri).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
	}

}
