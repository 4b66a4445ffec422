package org.tradeline.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import com.jayway.jsonpath.JsonPath;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import org.tradeline.store.StoreRevision;
import org.tradeline.support.Applications;
import org.tradeline.support.Editors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tradeline.support.Processes.freePort;

/**
 * Stops the PostgreSQL server under a running instance while reads and writes are in flight, and
 * starts it again on the same data and port. During the outage every request is answered within
 * 3 s, with 503 problem+json and Retry-After where it needs the database, never 500, and the
 * readiness probe is DOWN; afterwards the instance serves again without a restart, and every write
 * it acknowledged is stored. Always PostgreSQL (its own server, which it can stop), so not tagged
 * for the process run on PostgreSQL.
 */
class DatabaseOutageIT {

	/** The answer time the requirement allows while the database is down. */
	private static final Duration OUTAGE_ANSWER_BOUND = Duration.ofSeconds(3);

	/** How long the instance may take to serve reads, writes and readiness after the server is back. */
	private static final Duration RECOVERY_BOUND = Duration.ofSeconds(15);

	private static final String EVENT = """
			{"slug": "%s", "title": "Written under load", "summary": "Written while the database may be down.",
			 "kind": "statement", "date": {"start": "2025-06-01", "precision": "month"}}""";

	private static final String[] WORDS = { "truce", "tariff", "london", "geneva", "magnet", "call", "rare" };

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final Queue<Outcome> outcomes = new ConcurrentLinkedQueue<>();

	private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();

	private final AtomicBoolean running = new AtomicBoolean(true);

	private String base;

	private String editor;

	@Test
	void answers503WhileTheDatabaseIsDownRecoversWithoutARestartAndLosesNoAcknowledgedWrite() throws Exception {
		Path data = Path.of("target", "database-outage", UUID.randomUUID().toString()).toAbsolutePath();
		Files.createDirectories(data.getParent());
		EmbeddedPostgres.Builder server = EmbeddedPostgres.builder()
			.setDataDirectory(data)
			.setCleanDataDirectory(false)
			.setPort(freePort());
		EmbeddedPostgres postgres = server.start();
		ConfigurableApplicationContext app = null;
		ExecutorService workers = Executors.newFixedThreadPool(6);
		try {
			try (Connection connection = postgres.getPostgresDatabase().getConnection();
					Statement statement = connection.createStatement()) {
				statement.execute("create database tradeline");
			}
			app = Applications.start(Map.of("spring.profiles.active", "postgres", "DB_URL",
					postgres.getJdbcUrl("postgres", "tradeline"), "DB_USER", "postgres", "DB_PASSWORD", "",
					"tradeline.rate-limit.reads-per-client", "100000000", "tradeline.rate-limit.writes-per-token",
					"100000000"));
			this.base = Applications.baseUrl(app);
			this.editor = Editors.create(this.base, "outage-writer", "editor");

			for (int i = 0; i < 4; i++) {
				int reader = i;
				workers.submit(() -> read(reader));
			}
			for (int i = 0; i < 2; i++) {
				int writer = i;
				workers.submit(() -> write(writer));
			}
			awaitOrFail(Duration.ofSeconds(30), "reads and writes succeed before the outage",
					() -> count(o -> o.status() == 201) >= 30 && count(o -> o.read() && o.status() == 200) >= 60);
			assertThat(get("/readyz").statusCode()).isEqualTo(200);

			long down = System.nanoTime();
			postgres.close();
			long stopped = System.nanoTime();
			List<HttpResponse<String>> readiness = new ArrayList<>();
			List<HttpResponse<String>> liveness = new ArrayList<>();
			awaitOrFail(Duration.ofSeconds(60), "readiness DOWN and 503s answered during the outage", () -> {
				readiness.add(get("/readyz"));
				liveness.add(get("/livez"));
				return readiness.get(readiness.size() - 1).statusCode() == 503
						&& count(o -> o.start() > stopped && o.status() == 503 && o.write()) >= 5
						&& count(o -> o.start() > stopped && o.status() == 503 && o.read()) >= 5
						&& System.nanoTime() - down > Duration.ofSeconds(6).toNanos();
			});

			postgres = server.start();
			long up = System.nanoTime();
			awaitOrFail(RECOVERY_BOUND.multipliedBy(2), "serving again after the database came back", () -> {
				boolean ready = get("/readyz").statusCode() == 200;
				return ready && count(o -> o.start() > up && o.write() && o.status() == 201) >= 1
						&& count(o -> o.start() > up && o.read() && o.uncached() && o.status() == 200) >= 1;
			});
			long recovered = System.nanoTime();
			Thread.sleep(1000);
			this.running.set(false);
			workers.shutdown();
			assertThat(workers.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

			// What the database holds, read directly, not through the service.
			Set<String> stored = new HashSet<>();
			try (Connection connection = postgres.getDatabase("postgres", "tradeline").getConnection();
					Statement statement = connection.createStatement();
					ResultSet rows = statement.executeQuery("select slug from event where slug like 'outage-%'")) {
				while (rows.next()) {
					stored.add(rows.getString(1));
				}
			}
			Set<String> lost = new HashSet<>(this.acknowledged);
			lost.removeAll(stored);

			List<Outcome> during = this.outcomes.stream()
				.filter(o -> o.end() > down && o.start() < up)
				.toList();
			List<Outcome> unavailable = this.outcomes.stream().filter(o -> o.status() == 503).toList();
			List<Outcome> failed = this.outcomes.stream()
				.filter(o -> o.status() >= 500 && o.status() != 503 || o.status() < 0)
				.toList();
			Outcome slowestOutcome = during.stream().max(java.util.Comparator.comparingLong(Outcome::nanos)).orElseThrow();
			long slowest = slowestOutcome.nanos();
			System.out.printf(
					"Database outage: down %.1f s, 503 answers %d, 500 answers %d, recovered in %.1f s, "
							+ "acknowledged writes lost %d of %d (requests %d, slowest during the outage %d ms: %s)%n",
					seconds(up - down), unavailable.size(), count(o -> o.status() == 500), seconds(recovered - up),
					lost.size(), this.acknowledged.size(), this.outcomes.size(), slowest / 1_000_000,
					slowestOutcome.what());

			assertThat(failed).as("5xx other than 503, timeouts or broken connections").isEmpty();
			assertThat(unavailable).as("503 answers").isNotEmpty();
			assertThat(unavailable).allSatisfy(o -> {
				assertThat(o.contentType()).startsWith("application/problem+json");
				assertThat(o.retryAfter()).as("Retry-After").isNotNull();
				assertThat(Integer.parseInt(o.retryAfter())).isPositive();
				assertThat((Integer) JsonPath.read(o.body(), "$.status")).isEqualTo(503);
			});
			assertThat(Duration.ofNanos(slowest)).as("slowest answer while the database was down (%s)", slowestOutcome.what())
				.isLessThanOrEqualTo(OUTAGE_ANSWER_BOUND);
			assertThat(readiness).last().satisfies(r -> {
				assertThat(r.statusCode()).isEqualTo(503);
				assertThat((String) JsonPath.read(r.body(), "$.status")).isEqualTo("DOWN");
				assertThat(r.body()).as("no details for anonymous callers").doesNotContain("components", "details");
			});
			assertThat(liveness).as("the process itself stays alive; only readiness depends on the database")
				.allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(200));
			assertThat(get("/readyz").statusCode()).isEqualTo(200);
			assertThat(Duration.ofNanos(recovered - up)).as("time to recover").isLessThanOrEqualTo(RECOVERY_BOUND);
			assertThat(this.acknowledged).isNotEmpty();
			assertThat(lost).as("writes acknowledged with 2xx but not stored").isEmpty();

			// The revision poller survived the outage and follows the database again.
			StoreRevision revision = app.getBean(StoreRevision.class);
			long inDatabase;
			try (Connection connection = postgres.getDatabase("postgres", "tradeline").getConnection();
					Statement statement = connection.createStatement();
					ResultSet rows = statement.executeQuery("select revision from store_change where id = 1")) {
				rows.next();
				inDatabase = rows.getLong(1);
			}
			awaitOrFail(Duration.ofSeconds(5), "the poller reads the revision again",
					() -> revision.current() == inDatabase);
		}
		finally {
			this.running.set(false);
			workers.shutdownNow();
			if (app != null) {
				app.close();
			}
			postgres.close();
			FileSystemUtils.deleteRecursively(data);
		}
	}

	private void read(int reader) {
		AtomicInteger n = new AtomicInteger();
		while (this.running.get()) {
			int i = n.incrementAndGet();
			// Unique searches miss the read cache every time; the others are mostly served from it.
			String path = switch ((reader + i) % 4) {
				case 0 -> "/api/v1/events?q=" + WORDS[i % WORDS.length] + "&size=" + (1 + (reader * 100_000 + i) % 97)
						+ "&page=" + (reader * 100_000 + i);
				case 1 -> "/api/v1/events/london-talks";
				case 2 -> "/api/v1/disputes";
				default -> "/api/v1/events?topic=rare-earths";
			};
			send("read " + path, HttpRequest.newBuilder(URI.create(this.base + path)).GET(), null);
			pause();
		}
	}

	private void write(int writer) {
		int n = 0;
		while (this.running.get()) {
			String slug = "outage-" + writer + "-" + n++;
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + "/api/v1/events"))
				.header("Authorization", "Bearer " + this.editor)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(EVENT.formatted(slug)));
			send("write", request, slug);
			pause();
		}
	}

	private void send(String what, HttpRequest.Builder request, String slug) {
		long start = System.nanoTime();
		int status;
		String contentType = null;
		String retryAfter = null;
		String body = null;
		try {
			HttpResponse<String> response = this.http.send(request.timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.ofString());
			status = response.statusCode();
			contentType = response.headers().firstValue("Content-Type").orElse(null);
			retryAfter = response.headers().firstValue("Retry-After").orElse(null);
			body = (status >= 500) ? response.body() : null;
			if (status / 100 == 2 && slug != null) {
				this.acknowledged.add(slug);
			}
		}
		catch (HttpTimeoutException ex) {
			status = -1;
		}
		catch (IOException ex) {
			status = -2;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return;
		}
		this.outcomes.add(new Outcome(what, start, System.nanoTime(), status, contentType, retryAfter, body));
	}

	private static void pause() {
		try {
			Thread.sleep(20);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create(this.base + path)).timeout(Duration.ofSeconds(30)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private long count(Predicate<Outcome> condition) {
		return this.outcomes.stream().filter(condition).count();
	}

	private static void awaitOrFail(Duration limit, String what, Condition condition) throws Exception {
		long deadline = System.nanoTime() + limit.toNanos();
		while (!condition.holds()) {
			assertThat(System.nanoTime()).as("within %s: %s", limit, what).isLessThan(deadline);
			Thread.sleep(200);
		}
	}

	private static double seconds(long nanos) {
		return nanos / 1e9;
	}

	@FunctionalInterface
	private interface Condition {

		boolean holds() throws Exception;

	}

	private record Outcome(String what, long start, long end, int status, String contentType, String retryAfter,
			String body) {

		boolean read() {
			return this.what.startsWith("read");
		}

		boolean write() {
			return this.what.equals("write");
		}

		/** A search with a page number no other request used: never answered from the read cache. */
		boolean uncached() {
			return this.what.contains("?q=");
		}

		long nanos() {
			return this.end - this.start;
		}

	}

}
