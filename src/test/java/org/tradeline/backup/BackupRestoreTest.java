package org.tradeline.backup;

import java.security.MessageDigest;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tradeline.store.StoreChanges;
import org.tradeline.support.RawHttp.Response;
import org.tradeline.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tradeline.backup.BackupInstances.ADMIN;
import static org.tradeline.backup.BackupInstances.BACKUP;
import static org.tradeline.backup.BackupInstances.bytes;
import static org.tradeline.backup.BackupInstances.created;

/**
 * Moves an edited store from H2 to PostgreSQL through the backup endpoints and reads every public
 * and role-restricted resource back from both instances: bodies and headers must be the same bytes
 * (ETags aside). The URLs are found by following the API's own lists, not written down here. Not
 * tagged "database": it picks its two databases itself, so it runs once, in the H2 pass. Who may
 * back up and which imports are refused: {@link BackupRefusalsTest}.
 */
class BackupRestoreTest {

	// Per-response or per-instance headers; everything else must match.
	private static final Set<String> UNCOMPARED = Set.of("date", "etag", "keep-alive", "connection");

	@RegisterExtension
	final BackupInstances apps = new BackupInstances();

	@Test
	@SuppressWarnings("unchecked") // JsonPath reads are untyped
	void anEditedH2StoreImportedIntoPostgresAnswersEveryReadWithTheSameBytes() throws Exception {
		ConfigurableApplicationContext source = this.apps.start(TestDatabase.newH2Database());
		Edits edits = edit(source);
		ConfigurableApplicationContext target = this.apps.start(TestDatabase.newPostgresDatabase());
		assertThat(databaseProduct(source)).isEqualTo("H2");
		assertThat(databaseProduct(target)).isEqualTo("PostgreSQL");
		formatCoversEveryStoredColumn(source);
		formatCoversEveryStoredColumn(target);

		Response backup = this.apps.send(source, "GET", BACKUP, ADMIN, null, null);
		assertThat(backup.status()).as(backup.text()).isEqualTo(200);
		assertThat(backup.header("content-type")).startsWith("application/json");
		assertThat(backup.header("content-disposition"))
			.matches("attachment; filename=\"tradeline-backup-\\d{4}-\\d{2}-\\d{2}\\.json\"");
		assertThat(backup.header("cache-control")).isEqualTo("no-store");
		assertThat(backup.body().length).as("over the 64 KiB cap of other requests").isGreaterThan(65536);
		String document = backup.text();
		assertThat((String) JsonPath.read(document, "$.format")).isEqualTo("tradeline-backup");
		assertThat((Integer) JsonPath.read(document, "$.version")).isEqualTo(1);
		assertThat((List<String>) JsonPath.read(document, "$.tables.api_token[*].name"))
			.containsExactly("newsdesk-anna", "desk-admin", "old-laptop");
		assertThat((List<Object>) JsonPath.read(document, "$.tables.api_token[?(@.name == 'old-laptop')].revoked_at"))
			.doesNotContainNull()
			.hasSize(1);
		assertThat(document).doesNotContain("token_hash")
			.doesNotContain(edits.editorToken())
			.doesNotContain(sha256(edits.editorToken()));
		assertThat((List<Object>) JsonPath.read(document, "$.tables.event[?(@.slug == 'backup-gone')].deleted_at"))
			.doesNotContainNull()
			.hasSize(1);

		Map<String, Response> expected = crawl(source, edits.slugs());
		assertThat(crawl(target, edits.slugs()).get("/api/v1/events|").text())
			.as("a control: before the import the two stores differ")
			.isNotEqualTo(expected.get("/api/v1/events|").text());

		Response imported = this.apps.send(target, "POST", BACKUP, ADMIN, "application/json", backup.body());
		assertThat(imported.status()).as(imported.text()).isEqualTo(200);
		assertThat((Integer) JsonPath.read(imported.text(), "$.rows.event"))
			.isEqualTo(((List<?>) JsonPath.read(document, "$.tables.event")).size());
		assertThat((Integer) JsonPath.read(imported.text(), "$.rows.event_revision"))
			.isEqualTo(((List<?>) JsonPath.read(document, "$.tables.event_revision")).size())
			.isPositive();

		Map<String, Response> actual = crawl(target, edits.slugs());
		assertThat(actual.keySet()).isEqualTo(expected.keySet());
		assertThat(expected).hasSizeGreaterThan(150)
			.containsKeys("/api/v1/events/backup-call|", "/api/v1/events/backup-gone/revisions|",
					"/api/v1/figures/backup-figure|", "/api/v1/actors/backup-actor|", "/api/v1/admin/tokens|");
		expected.forEach((key, want) -> {
			Response got = actual.get(key);
			if (want.status() == 200) {
				assertThat(want.header("last-modified")).as("Last-Modified of %s", key).isNotNull();
			}
			assertThat(got.status()).as("status of %s", key).isEqualTo(want.status());
			assertThat(comparedHeaders(got)).as("headers of %s", key).isEqualTo(comparedHeaders(want));
			assertThat(got.text()).as("body of %s", key).isEqualTo(want.text());
		});

		// Imported tokens keep their metadata but no secret: they cannot authenticate.
		assertThat(this.apps.send(target, "GET", "/api/v1/events/backup-call/revisions", edits.editorToken(), null, null)
			.status()).isEqualTo(401);
		// Every identity sequence moved past the imported ids: creating each kind of row works.
		createsWork(target);
		Response again = this.apps.send(target, "POST", BACKUP, ADMIN, "application/json", backup.body());
		assertThat(again.status()).as("the store is no longer fresh").isEqualTo(409);
	}

	/** Real edits of every kind through the API, so the backup has revisions, deletions and tokens to carry. */
	private Edits edit(ConfigurableApplicationContext app) throws Exception {
		String editor = this.apps.token(app,
				"{\"name\": \"newsdesk-anna\", \"role\": \"editor\", \"expiresAt\": \"2030-01-01T00:00:00Z\"}");
		this.apps.token(app, "{\"name\": \"desk-admin\", \"role\": \"admin\"}");
		Response laptop = this.apps.send(app, "POST", "/api/v1/admin/tokens", ADMIN, "application/json",
				bytes("{\"name\": \"old-laptop\", \"role\": \"editor\"}"));
		int laptopId = JsonPath.read(laptop.text(), "$.id");
		assertThat(this.apps.send(app, "DELETE", "/api/v1/admin/tokens/" + laptopId, ADMIN, null, null).status())
			.isEqualTo(204);

		created(this.apps.send(app, "POST", "/api/v1/events", editor, "application/json", bytes(event("backup-call"))));
		this.apps.patch(app, editor, "/api/v1/events/backup-call",
				"{\"title\": \"Follow-up call, renamed\", \"location\": \"Beijing\"}");
		created(this.apps.send(app, "POST", "/api/v1/events", editor, "application/json", bytes(event("backup-gone"))));
		this.apps.delete(app, editor, "/api/v1/events/backup-gone");
		this.apps.delete(app, editor, "/api/v1/events/geneva-talks");
		assertThat(this.apps.send(app, "POST", "/api/v1/events/geneva-talks/restore", editor, null, null).status())
			.isEqualTo(200);

		created(this.apps.send(app, "POST", "/api/v1/actors", editor, "application/json",
				bytes("{\"slug\": \"backup-actor\", \"name\": \"Backup Actor\", \"kind\": \"agency\", \"country\": \"US\"}")));
		this.apps.patch(app, editor, "/api/v1/actors/backup-actor", "{\"title\": \"Spokesperson\"}");
		Response source = created(this.apps.send(app, "POST", "/api/v1/sources", editor, "application/json", bytes("""
				{"fileName": "backup-wire.txt", "title": "Wire report", "outlet": "Example Wire",
				 "url": "https://example.com/wire?id=1&lang=en", "language": "en-GB",
				 "publishedOn": "2025-06-10", "publishedPrecision": "approximate",
				 "summary": "A short wire report.", "sha256": "%s",
				 "citations": [{"name": "Xinhua", "kind": "state-media"}, {"name": "CNN", "kind": "news-outlet"}],
				 "claims": [
				   {"subject": {"type": "figure", "slug": "rare-earth-exports-2025-05"}, "attribute": "amount",
				    "value": "5000", "valueLabel": "5,000 tonnes", "excerpt": "exports of 5,000 tonnes"},
				   {"subject": {"type": "actor", "slug": "he-lifeng"}, "attribute": "title",
				    "value": "Vice Premier", "valueLabel": "Vice Premier", "excerpt": "Vice Premier He Lifeng"},
				   {"subject": {"type": "event", "slug": "backup-call"}, "attribute": "location",
				    "value": "Zurich", "valueLabel": "Zurich", "excerpt": "the call from Zurich"}]}"""
			.formatted("d".repeat(64)))));
		int firstClaim = JsonPath.read(source.text(), "$.claims[0].id");
		int secondClaim = JsonPath.read(source.text(), "$.claims[1].id");
		this.apps.patch(app, editor, "/api/v1/claims/" + firstClaim,
				"{\"value\": \"5200\", \"valueLabel\": \"5,200 tonnes\"}");
		this.apps.delete(app, editor, "/api/v1/claims/" + secondClaim);
		created(this.apps.send(app, "POST", "/api/v1/figures", editor, "application/json", bytes("""
				{"slug": "backup-figure", "label": "A share", "amount": 12.5, "unit": "percent",
				 "period": {"start": "2025-05-01", "end": "2025-05-31"}, "event": "backup-call"}""")));
		this.apps.patch(app, editor, "/api/v1/figures/backup-figure", "{\"amount\": 13.125}");
		// Last, in a second of its own, a write the public does not see: anonymous answers keep the
		// earlier Last-Modified, which the import must carry rather than take the store's.
		Instant lastPublic = app.getBean(StoreChanges.class).publicLastChange().at();
		while (Instant.now().getEpochSecond() <= lastPublic.getEpochSecond()) {
			Thread.sleep(20);
		}
		created(this.apps.send(app, "POST", "/api/v1/events", editor, "application/json",
				bytes(event("backup-draft").replaceFirst("\\{", "{\"state\": \"draft\", "))));
		assertThat(app.getBean(StoreChanges.class).lastChanged().getEpochSecond())
			.isGreaterThan(app.getBean(StoreChanges.class).publicLastChange().at().getEpochSecond());
		return new Edits(editor, List.of("backup-call", "backup-gone", "geneva-talks"));
	}

	/** One create of every kind of row the API can add, on the imported store. */
	private void createsWork(ConfigurableApplicationContext app) throws Exception {
		String editor = this.apps.token(app, "{\"name\": \"after-import\", \"role\": \"editor\"}");
		created(this.apps.send(app, "POST", "/api/v1/events", editor, "application/json", bytes(event("after-import"))));
		created(this.apps.send(app, "POST", "/api/v1/actors", editor, "application/json",
				bytes("{\"slug\": \"after-import-actor\", \"name\": \"After\", \"kind\": \"agency\"}")));
		Response source = created(this.apps.send(app, "POST", "/api/v1/sources", editor, "application/json", bytes("""
				{"fileName": "after-import.txt", "summary": "After the import.", "sha256": "%s",
				 "citations": [{"name": "CNN", "kind": "news-outlet"}],
				 "claims": [{"subject": {"type": "event", "slug": "after-import"}, "attribute": "location",
				             "value": "Oslo", "valueLabel": "Oslo", "excerpt": "in Oslo"}]}""".formatted("e".repeat(64)))));
		int sourceId = JsonPath.read(source.text(), "$.id");
		created(this.apps.send(app, "POST", "/api/v1/claims", editor, "application/json", bytes("""
				{"source": %d, "subject": {"type": "event", "slug": "london-talks"}, "attribute": "location",
				 "value": "London", "valueLabel": "London", "excerpt": "the talks in London"}""".formatted(sourceId))));
		created(this.apps.send(app, "POST", "/api/v1/figures", editor, "application/json", bytes("""
				{"slug": "after-import-figure", "label": "A share", "amount": 1, "unit": "percent"}""")));
		this.apps.patch(app, editor, "/api/v1/events/after-import", "{\"title\": \"Revised after the import\"}");
	}

	private static String event(String slug) {
		return """
				{"slug": "%s", "title": "Follow-up call", "summary": "Negotiators spoke again.", "kind": "call",
				 "date": {"start": "2025-06-11", "precision": "mid-month"}, "location": null,
				 "topics": ["rare-earths"], "participants": [{"actor": "he-lifeng", "role": "Vice Premier", "side": "china"}]}"""
			.formatted(slug);
	}

	/**
	 * Every read the API offers, found by following its lists: each page of each list, the event list
	 * under every topic, actor and kind it names and the other filters, every detail resource in each
	 * representation, revisions, disputes, stats, every export and the embed page.
	 */
	private Map<String, Response> crawl(ConfigurableApplicationContext app, List<String> editedSlugs) throws Exception {
		Crawl crawl = new Crawl(app);
		List<String> eventPages = crawl.pages("/api/v1/events", null);
		Set<String> events = new LinkedHashSet<>(values(eventPages, "$.items[*].slug"));
		Set<String> kinds = new TreeSet<>(values(eventPages, "$.items[*].kind"));
		List<String> topics = values(crawl.pages("/api/v1/topics", null), "$.items[*].slug");
		List<String> actors = values(crawl.pages("/api/v1/actors", null), "$.items[*].slug");
		List<String> figures = values(crawl.pages("/api/v1/figures", null), "$.items[*].slug");
		List<String> sources = values(crawl.pages("/api/v1/sources", null), "$.items[*].id");
		crawl.pages("/api/v1/disputes", null);
		for (String type : List.of("event", "actor", "figure")) {
			crawl.pages("/api/v1/disputes?subjectType=" + type, null);
		}
		crawl.pages("/api/v1/admin/tokens", ADMIN);

		for (String topic : topics) {
			crawl.pages("/api/v1/events?topic=" + topic, null);
		}
		for (String actor : actors) {
			crawl.pages("/api/v1/events?actor=" + actor, null);
		}
		for (String kind : kinds) {
			crawl.pages("/api/v1/events?kind=" + kind, null);
		}
		for (String filter : List.of("disputed=true", "disputed=false", "sort=date,desc", "sort=title,asc",
				"sort=title,desc", "q=talks", "from=2025-06-01&to=2025-06-30", "size=100")) {
			crawl.pages("/api/v1/events?" + filter, null);
		}

		Set<String> claims = new TreeSet<>();
		events.addAll(editedSlugs);
		for (String slug : events) {
			Response detail = crawl.get("/api/v1/events/" + slug, null, null);
			if (detail.status() == 200) {
				claims.addAll(values(List.of(detail.text()), "$.claims[*].id"));
				crawl.get("/api/v1/events/" + slug, null, "application/ld+json");
				crawl.get("/api/v1/exports/events/" + slug + ".jsonld", null, null);
			}
			for (String number : values(crawl.pages("/api/v1/events/" + slug + "/revisions", ADMIN), "$.items[*].number")) {
				crawl.get("/api/v1/events/" + slug + "/revisions/" + number, ADMIN, null);
			}
		}
		for (String actor : actors) {
			crawl.get("/api/v1/actors/" + actor, null, null);
		}
		for (String figure : figures) {
			crawl.get("/api/v1/figures/" + figure, null, null);
		}
		for (String source : sources) {
			claims.addAll(values(List.of(crawl.get("/api/v1/sources/" + source, null, null).text()), "$.claims[*].id"));
		}
		assertThat(claims).isNotEmpty();
		for (String claim : claims) {
			crawl.get("/api/v1/claims/" + claim, null, null);
		}

		crawl.get("/api/v1/stats", null, null);
		for (String export : List.of("timeline.json", "events.ics", "events.csv", "claims.csv", "changes.atom",
				"timeline.json?topic=" + topics.get(0), "events.ics?actor=" + actors.get(0), "claims.csv?disputed=true")) {
			crawl.get("/api/v1/exports/" + export, null, null);
		}
		crawl.get("/api/v1/events", null, "text/csv");
		crawl.get("/api/v1/events", null, "text/calendar");
		crawl.get("/embed/timeline", null, null);
		crawl.get("/embed/timeline?topic=" + topics.get(0) + "&theme=dark", null, null);
		crawl.get("/embed/snippet?topic=" + topics.get(0), null, null);
		return crawl.responses;
	}

	private final class Crawl {

		private final ConfigurableApplicationContext app;

		final Map<String, Response> responses = new LinkedHashMap<>();

		Crawl(ConfigurableApplicationContext app) {
			this.app = app;
		}

		/** Every page of a list; the bodies. */
		List<String> pages(String path, String token) throws Exception {
			List<String> bodies = new ArrayList<>();
			Response first = get(path, token, null);
			if (first.status() != 200) {
				return bodies;
			}
			bodies.add(first.text());
			int totalPages = JsonPath.read(first.text(), "$.totalPages");
			for (int page = 1; page < totalPages; page++) {
				bodies.add(get(path + (path.contains("?") ? "&" : "?") + "page=" + page, token, null).text());
			}
			return bodies;
		}

		Response get(String path, String token, String accept) throws Exception {
			String key = path + "|" + ((accept != null) ? accept : "");
			Response response = BackupRestoreTest.this.apps.send(this.app, "GET", path, token, null, null,
					(accept != null) ? Map.of("Accept", accept) : Map.of());
			this.responses.put(key, response);
			return response;
		}

	}

	private static List<String> values(List<String> bodies, String path) {
		List<String> values = new ArrayList<>();
		for (String body : bodies) {
			List<Object> found = JsonPath.read(body, path);
			found.forEach(value -> values.add(String.valueOf(value)));
		}
		return values;
	}

	private static void formatCoversEveryStoredColumn(ConfigurableApplicationContext app) {
		Set<String> stored = new TreeSet<>(app.getBean(JdbcClient.class)
			.sql("select table_name, column_name from information_schema.columns where table_schema = 'public'"
					+ " and table_name <> 'flyway_schema_history'")
			.query((rs, row) -> rs.getString(1).toLowerCase(Locale.ROOT) + "." + rs.getString(2).toLowerCase(Locale.ROOT))
			.list());
		Set<String> covered = BackupFormat.TABLES.stream()
			.flatMap(t -> t.columns().stream().map(c -> t.name() + "." + c.name()))
			.collect(Collectors.toCollection(TreeSet::new));
		BackupFormat.TABLES.stream()
			.filter(t -> t.withheld() != null)
			.forEach(t -> covered.add(t.name() + "." + t.withheld()));
		stored.stream()
			.filter(column -> BackupFormat.NOT_EXPORTED.contains(column)
					|| BackupFormat.NOT_EXPORTED.contains(column.substring(0, column.indexOf('.'))))
			.forEach(covered::add);
		assertThat(covered).isEqualTo(stored);
	}

	private static String databaseProduct(ConfigurableApplicationContext app) throws Exception {
		try (Connection connection = app.getBean(DataSource.class).getConnection()) {
			return connection.getMetaData().getDatabaseProductName();
		}
	}

	private static String sha256(String text) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes(text)));
	}

	private record Edits(String editorToken, List<String> slugs) {
	}

	/** The headers two instances must agree on: all but the per-response and per-instance ones. */
	private static Map<String, List<String>> comparedHeaders(Response response) {
		Map<String, List<String>> compared = new TreeMap<>();
		response.headers().forEach((name, values) -> {
			if (!UNCOMPARED.contains(name.toLowerCase(Locale.ROOT))) {
				compared.put(name.toLowerCase(Locale.ROOT), values);
			}
		});
		return compared;
	}

}
