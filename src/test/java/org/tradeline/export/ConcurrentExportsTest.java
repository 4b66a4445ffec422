package org.tradeline.export;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tradeline.support.Applications;
import org.tradeline.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whole-timeline exports at the 10,000-event cap, many at once over real HTTP, while ordinary
 * reads go on: the exports past the shared slots are refused at once with 503 and Retry-After,
 * the others come back whole, and meanwhile event details, the first page and the readiness probe
 * answer as usual (the exports cannot starve the connection pool). Every request names a filter
 * value of its own (a `from` date before every event), so none is answered from the read cache.
 * Statuses are counted; nothing is timed.
 */
@Tag("database")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentExportsTest {

	static final int CAP = 10_000;

	// Fewer than the default 4: the test machine computes fewer exports at once, the bound is the same.
	static final int SLOTS = 2;

	static final int EXPORTS = 10;

	ConfigurableApplicationContext app;

	HttpClient http;

	String base;

	int events;

	@BeforeAll
	void start() {
		Map<String, Object> properties = new HashMap<>(TestDatabase.newDatabase());
		properties.put("spring.profiles.active", "synthetic");
		// The seed plus the synthetic events make exactly the cap (checked below).
		properties.put("tradeline.synthetic.events", CAP - 18);
		properties.put("tradeline.export.max-events", CAP);
		properties.put("tradeline.export.concurrency", SLOTS);
		properties.put("tradeline.rate-limit.reads-per-client", 100_000_000);
		this.app = Applications.start(properties);
		this.base = Applications.baseUrl(this.app);
		this.http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.executor(Executors.newFixedThreadPool(EXPORTS + 4))
			.connectTimeout(Duration.ofSeconds(10))
			.build();
		this.events = this.app.getBean(JdbcClient.class).sql("select count(*) from event").query(Integer.class).single();
	}

	@AfterAll
	void stop() {
		if (this.app != null) {
			this.app.close();
		}
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create(this.base + path)).timeout(Duration.ofMinutes(5)).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/** A `from` before every event: the same events, a different cache key each time. */
	private static String before(int n) {
		return LocalDate.of(1900, 1, 1).plusDays(n).toString();
	}

	@Test
	void exportsPastTheSlotsAreRefusedAtOnceWhileOtherReadsAnswer() throws Exception {
		assertThat(this.events).as("events in the store: the seed changed size?").isEqualTo(CAP);
		ExportSlots slots = this.app.getBean(ExportSlots.class);
		List<ExportSlots.Slot> taken = new ArrayList<>();
		for (int i = 0; i < SLOTS; i++) {
			taken.add(slots.take());
		}
		try {
			for (String export : List.of("/api/v1/exports/claims.csv?from=" + before(9000),
					"/embed/timeline?from=" + before(9001), "/api/v1/exports/timeline.json?from=" + before(9002))) {
				HttpResponse<String> refused = get(export);
				assertThat(refused.statusCode()).as(export).isEqualTo(503);
				assertThat(refused.headers().firstValue("Retry-After")).as(export).hasValue("5");
				assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).as(export).startsWith("application/problem+json");
				assertThat(refused.body()).contains("\"status\":503");
			}
			assertThat(get("/api/v1/events/synthetic-event-1").statusCode()).isEqualTo(200);
			assertThat(get("/api/v1/events?size=20&from=" + before(9003)).statusCode()).isEqualTo(200);
			assertThat(get("/readyz").statusCode()).isEqualTo(200);
		}
		finally {
			taken.forEach(ExportSlots.Slot::close);
		}
	}

	@Test
	void tenConcurrentExportsAtTheCapLeaveOtherReadsAndReadinessAlone() throws Exception {
		assertThat(this.events).as("events in the store: the seed changed size?").isEqualTo(CAP);
		// What a whole claims export is, computed alone.
		HttpResponse<String> reference = get("/api/v1/exports/claims.csv?from=" + before(0));
		assertThat(reference.statusCode()).isEqualTo(200);

		ExecutorService pool = Executors.newFixedThreadPool(EXPORTS + 1);
		CountDownLatch go = new CountDownLatch(1);
		AtomicBoolean exporting = new AtomicBoolean(true);
		List<Integer> readStatuses = java.util.Collections.synchronizedList(new ArrayList<>());
		AtomicInteger readinessUp = new AtomicInteger();
		try {
			Future<?> reader = pool.submit(() -> {
				go.await();
				for (int n = 1; n == 1 || exporting.get(); n++) {
					readStatuses.add(get("/api/v1/events/synthetic-event-" + n).statusCode());
					readStatuses.add(get("/api/v1/events?size=20&from=" + before(1000 + n)).statusCode());
					HttpResponse<String> readiness = get("/readyz");
					readStatuses.add(readiness.statusCode());
					if (readiness.body().contains("\"UP\"")) {
						readinessUp.incrementAndGet();
					}
				}
				return null;
			});
			List<Future<HttpResponse<String>>> exports = new ArrayList<>();
			for (int i = 1; i <= EXPORTS; i++) {
				String path = (i % 2 == 0) ? "/api/v1/exports/claims.csv?from=" + before(i)
						: "/embed/timeline?from=" + before(i);
				exports.add(pool.submit(() -> {
					go.await();
					return get(path);
				}));
			}
			go.countDown();
			int whole = 0;
			int refused = 0;
			for (Future<HttpResponse<String>> future : exports) {
				HttpResponse<String> export = future.get();
				String path = export.request().uri().getPath();
				if (export.statusCode() == 503) {
					refused++;
					assertThat(export.headers().firstValue("Retry-After")).as(path).isPresent();
					assertThat(export.headers().firstValue("Content-Type").orElseThrow()).as(path).startsWith("application/problem+json");
					continue;
				}
				assertThat(export.statusCode()).as(path).isEqualTo(200);
				whole++;
				if (path.endsWith("claims.csv")) {
					assertThat(export.body()).isEqualTo(reference.body());
				}
				else {
					assertThat(export.body()).endsWith("</html>\n");
					assertThat(export.body().split("<li class=\"event", -1)).hasSize(CAP + 1);
				}
			}
			exporting.set(false);
			reader.get();
			assertThat(whole + refused).isEqualTo(EXPORTS);
			assertThat(whole).as("exports answered in full").isPositive();
			assertThat(readStatuses).as("reads during the exports").isNotEmpty().containsOnly(200);
			assertThat(readinessUp.get() * 3).as("readiness UP on every probe").isEqualTo(readStatuses.size());
		}
		finally {
			exporting.set(false);
			pool.shutdownNow();
		}
		// Every slot was given back, whatever the answer was.
		ExportSlots slots = this.app.getBean(ExportSlots.class);
		List<ExportSlots.Slot> all = new ArrayList<>();
		for (int i = 0; i < SLOTS; i++) {
			all.add(slots.take());
		}
		all.forEach(ExportSlots.Slot::close);
	}

}
