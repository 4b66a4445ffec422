package org.tradeline.ops;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.context.ConfigurableApplicationContext;
import org.tradeline.support.Applications;
import org.tradeline.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service's own series on the management port, as a scraper sees them: read cache hits and
 * misses, rate-limit refusals, whole-timeline export durations and sizes, and how far this
 * instance is behind the store's revision. Polling is off here, so a revision committed behind
 * the instance's back stays unapplied and shows as lag.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OperationsMetricsTest {

	private static final int READS = 6;

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private Map<String, Object> database;

	private ConfigurableApplicationContext app;

	@BeforeAll
	void start() {
		this.database = TestDatabase.newDatabase();
		Map<String, Object> properties = new HashMap<>(this.database);
		properties.put("tradeline.rate-limit.reads-per-client", READS);
		properties.put("tradeline.rate-limit.period", "1d");
		properties.put("tradeline.store.poll-interval", "1h");
		this.app = Applications.start(properties);
	}

	@AfterAll
	void stop() {
		if (this.app != null) {
			this.app.close();
		}
	}

	@Test
	void cacheExportRefusalAndLagSeriesCountWhatHappened() throws Exception {
		String before = scrape();
		assertThat(value(before, "tradeline_store_revision_lag")).isZero();
		assertThat(value(before, "tradeline_rate_limit_refusals_total{budget=\"reads\"}")).isZero();

		assertThat(get("/api/v1/topics")).isEqualTo(200);
		assertThat(get("/api/v1/topics")).isEqualTo(200);
		assertThat(get("/api/v1/topics")).isEqualTo(200);
		assertThat(get("/api/v1/exports/claims.csv")).isEqualTo(200);
		assertThat(get("/api/v1/events?size=2")).isEqualTo(200);
		assertThat(get("/api/v1/events?size=2")).isEqualTo(200);
		assertThat(get("/api/v1/topics")).as("the seventh read of a client allowed six").isEqualTo(429);

		String after = scrape();
		assertThat(value(after, "tradeline_read_cache_requests_total{result=\"hit\"}")).isEqualTo(3);
		assertThat(value(after, "tradeline_read_cache_requests_total{result=\"miss\"}")).isEqualTo(3);
		assertThat(value(after, "tradeline_read_cache_size_bytes")).as("the three answers kept")
			.isGreaterThan(value(before, "tradeline_read_cache_size_bytes"));
		assertThat(value(after, "tradeline_rate_limit_refusals_total{budget=\"reads\"}")).isEqualTo(1);
		assertThat(value(after, "tradeline_export_duration_seconds_count")).isEqualTo(1);
		assertThat(value(after, "tradeline_export_events_count")).isEqualTo(1);
		assertThat(value(after, "tradeline_export_events_sum")).isPositive();
		assertThat(value(after, "tradeline_view_cache_requests_total{result=\"miss\"}")).as("an entry built per event exported")
			.isEqualTo(value(after, "tradeline_export_events_sum"));
		assertThat(value(after, "tradeline_view_cache_requests_total{result=\"hit\"}")).isZero();
		assertThat(value(after, "tradeline_view_cache_size_bytes")).as("the entries kept")
			.isGreaterThan(value(before, "tradeline_view_cache_size_bytes"));

		// Another instance's write, committed in the database and not yet read by this one.
		try (Connection connection = TestDatabase.connect(this.database);
				Statement statement = connection.createStatement()) {
			statement.executeUpdate("update store_change set revision = revision + 2 where id = 1");
		}
		assertThat(value(scrape(), "tradeline_store_revision_lag")).isEqualTo(2);
	}

	private int get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create(Applications.baseUrl(this.app) + path)).build(),
				HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	private String scrape() throws Exception {
		String url = "http://localhost:" + this.app.getEnvironment().getProperty("local.management.port")
				+ "/actuator/prometheus";
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(URI.create(url)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	/** The value of one series, given by its name and labels as Prometheus prints them (labels in order). */
	private static double value(String scrape, String series) {
		Matcher matcher = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(scrape);
		assertThat(matcher.find()).as("%s in%n%s", series, scrape).isTrue();
		return Double.parseDouble(matcher.group(1));
	}

}
