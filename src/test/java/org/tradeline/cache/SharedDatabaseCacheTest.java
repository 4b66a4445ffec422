package org.tradeline.cache;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tradeline.support.Applications;
import org.tradeline.support.Editors;
import org.tradeline.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances share one database and each caches reads. A write through instance A is visible to
 * the very next read on A, and on instance B within one second, by way of the database alone
 * (the store change log B polls), not anything A holds in memory; and B drops only what the write
 * touched.
 */
@Tag("database")
class SharedDatabaseCacheTest {

	private static final String EVENT = "/api/v1/events/he-lifeng-urges-us-to-keep-promises";

	// Shares no topic, actor or source with EVENT, so a write to EVENT leaves its answer cached.
	private static final String OTHER = "/api/v1/events/trump-says-rare-earth-issue-resolved";

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
	void aWriteIsSeenByTheNextReadHereAndWithinASecondOnAnotherInstance() throws Exception {
		Map<String, Object> database = TestDatabase.newDatabase();
		this.a = start(database);
		this.b = start(database);
		String before = (String) JsonPath.read(get(this.a, EVENT).body(), "$.title");
		assertThat(title(this.b)).isEqualTo(before);
		assertThat(title(this.b)).as("served again from B's cache").isEqualTo(before);
		String other = title(this.b, OTHER);
		// Behind every cache's back: only an answer still served from B's cache shows the old title.
		this.b.getBean(JdbcClient.class)
			.sql("update event set title = 'Changed behind its back' where slug = 'trump-says-rare-earth-issue-resolved'")
			.update();

		HttpResponse<String> read = get(this.a, EVENT);
		HttpResponse<String> write = this.http.send(HttpRequest.newBuilder(uri(this.a, EVENT))
			.method("PATCH", HttpRequest.BodyPublishers.ofString("{\"title\":\"Renamed on A\"}"))
			.header("Content-Type", "application/merge-patch+json")
			.header("If-Match", read.headers().firstValue("ETag").orElseThrow())
			.header("Authorization", "Bearer " + Editors.BOOTSTRAP_ADMIN)
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(write.statusCode()).as(write.body()).isEqualTo(200);
		assertThat(title(this.a)).as("the very next read on A").isEqualTo("Renamed on A");

		long deadline = System.nanoTime() + 1_000_000_000L;
		String seen = title(this.b);
		while (!seen.equals("Renamed on A") && System.nanoTime() < deadline) {
			Thread.sleep(25);
			seen = title(this.b);
		}
		assertThat(seen).as("B's answer within one second of the write").isEqualTo("Renamed on A");
		assertThat(title(this.b, OTHER)).as("B still serves the unrelated event from its cache").isEqualTo(other);
	}

	@Test
	void aChangeThatBypassesTheStoreRevisionIsNotSeenSoTheRevisionIsWhatCarriesWrites() throws Exception {
		// The control for the test above: B really caches, so it was the revision that made it re-read.
		Map<String, Object> database = TestDatabase.newDatabase();
		this.b = start(database);
		String before = title(this.b);
		this.b.getBean(JdbcClient.class)
			.sql("update event set title = 'Changed behind its back' where slug = 'he-lifeng-urges-us-to-keep-promises'")
			.update();
		Thread.sleep(600);
		assertThat(title(this.b)).isEqualTo(before);
	}

	private static ConfigurableApplicationContext start(Map<String, Object> database) {
		Map<String, Object> properties = new HashMap<>(database);
		properties.put("tradeline.store.poll-interval", "200ms");
		return Applications.start(properties);
	}

	private HttpResponse<String> get(ConfigurableApplicationContext context, String path) throws Exception {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri(context, path)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return response;
	}

	private String title(ConfigurableApplicationContext context) throws Exception {
		return title(context, EVENT);
	}

	private String title(ConfigurableApplicationContext context, String event) throws Exception {
		return JsonPath.read(get(context, event).body(), "$.title");
	}

	private static URI uri(ConfigurableApplicationContext context, String path) {
		return URI.create(Applications.baseUrl(context) + path);
	}

}
