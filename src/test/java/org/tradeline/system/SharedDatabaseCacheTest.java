package org.tradeline.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tradeline.TradelineApplication;
import org.tradeline.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances share one database and each caches reads. A write that lands in the database (here
 * made through instance A's connection pool, exactly as a write transaction does: change the row,
 * bump store_change) must show on instance B within one second, by way of the database alone.
 */
@Tag("database")
class SharedDatabaseCacheTest {

	private static final String EVENT = "/api/v1/events/london-talks";

	private final HttpClient http = HttpClient.newHttpClient();

	private ConfigurableApplicationContext a;

	private ConfigurableApplicationContext b;

	@AfterEach
	void stop() {
		if (this.a != null) {
			this.a.close();
		}
		if (this.b != null) {
			this.b.close();
		}
	}

	@Test
	void aWriteOnOneInstanceShowsOnAnotherWithinASecond() throws Exception {
		Map<String, Object> database = TestDatabase.newDatabase();
		this.a = start(database);
		this.b = start(database);
		String before = title(this.b);
		assertThat(title(this.b)).as("served again from B's cache").isEqualTo(before);

		JdbcClient jdbc = this.a.getBean(JdbcClient.class);
		jdbc.sql("update event set title = 'Renamed on A' where slug = 'london-talks'").update();
		jdbc.sql("update store_change set revision = revision + 1, changed_at = current_timestamp where id = 1").update();

		long deadline = System.nanoTime() + 1_000_000_000L;
		String seen = title(this.b);
		while (!seen.equals("Renamed on A") && System.nanoTime() < deadline) {
			Thread.sleep(25);
			seen = title(this.b);
		}
		assertThat(seen).as("B's answer within one second of the write").isEqualTo("Renamed on A");
	}

	@Test
	void withoutAStoreRevisionBumpTheCacheKeepsServingWhatItHas() throws Exception {
		// The control for the test above: B really caches, so it is the revision that made it re-read.
		Map<String, Object> database = TestDatabase.newDatabase();
		this.b = start(database);
		String before = title(this.b);
		this.b.getBean(JdbcClient.class).sql("update event set title = 'Changed behind its back' where slug = 'london-talks'").update();
		Thread.sleep(600);
		assertThat(title(this.b)).isEqualTo(before);
	}

	private static ConfigurableApplicationContext start(Map<String, Object> database) {
		return new SpringApplicationBuilder(TradelineApplication.class)
			.properties(Map.of("server.port", "0", "tradeline.read-cache.poll-interval", "200ms"))
			.properties(database)
			.run();
	}

	private String title(ConfigurableApplicationContext context) throws Exception {
		int port = ((WebServerApplicationContext) context).getWebServer().getPort();
		HttpResponse<String> response = this.http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + EVENT)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return JsonPath.read(response.body(), "$.title");
	}

}
