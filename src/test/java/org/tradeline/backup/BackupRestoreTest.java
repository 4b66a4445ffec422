package org.tradeline.backup;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tradeline.support.Applications;
import org.tradeline.support.Editors;
import org.tradeline.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Moves an edited store from H2 to PostgreSQL through the backup endpoints and reads every public
 * and role-restricted resource back from both instances: bodies and headers must be the same bytes
 * (ETags aside). The URLs are found by following the API's own lists, not written down here. Not
 * tagged "database": it picks its two databases itself, so it runs once, in the H2 pass.
 */
class BackupRestoreTest {

	private static final String BACKUP = "/api/v1/admin/backup";

	private static final String ADMIN = Editors.BOOTSTRAP_ADMIN;

	/** Both instances are asked as if behind one proxy, so absolute URLs in exports match. */
	private static final String HOST = "tradeline.example";

	// Per-response or per-instance headers; everything else must match.
	private static final Set<String> UNCOMPARED = Set.of("date", "etag", "keep-alive", "connection");

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final List<ConfigurableApplicationContext> apps = new ArrayList<>();

	@AfterEach
	void stop() {
		this.apps.forEach(ConfigurableApplicationContext::close);
	}

	@Test
	@SuppressWarnings("unchecked") // JsonPath reads are untyped
	void anEditedH2StoreImportedIntoPostgresAnswersEveryReadWithTheSameBytes() throws Exception {
		ConfigurableApplicationContext source = start(TestDatabase.newH2Database());
		Edits edits = edit(source);
		ConfigurableApplicationContext target = start(TestDatabase.newPostgresDatabase());
		assertThat(databaseProduct(source)).isEqualTo("H2");
		assertThat(databaseProduct(target)).isEqualTo("PostgreSQL");
		formatCoversEveryStoredColumn(source);
		formatCoversEveryStoredColumn(target);

		Response backup = send(source, "GET", BACKUP, ADMIN, null, null);
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

		Response imported = send(target, "POST", BACKUP, ADMIN, "application/json", backup.body());
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
			assertThat(got.comparedHeaders()).as("headers of %s", key).isEqualTo(want.comparedHeaders());
			assertThat(got.text()).as("body of %s", key).isEqualTo(want.text());
		});

		// Imported tokens keep their metadata but no secret: they cannot authenticate.
		assertThat(send(target, "GET", "/api/v1/events/backup-call/revisions", edits.editorToken(), null, null)
			.status()).isEqualTo(401);
		// Every identity sequence moved past the imported ids: creating each kind of row works.
		createsWork(target);
		Response again = send(target, "POST", BACKUP, ADMIN, "application/json", backup.body());
		assertThat(again.status()).as("the store is no longer fresh").isEqualTo(409);
	}

	@Test
	@SuppressWarnings("unchecked") // JsonPath reads are untyped
	void onlyAdminsMayBackUpAndOnlyAFreshStoreAcceptsAWellFormedBackup() throws Exception {
		ConfigurableApplicationContext source = start(TestDatabase.newH2Database());
		String editor = token(source, "{\"name\": \"newsdesk-bob\", \"role\": \"editor\"}");
		patch(source, editor, "/api/v1/events/london-talks", "{\"title\": \"London talks (edited)\"}");
		Response backup = send(source, "GET", BACKUP, ADMIN, null, null);
		assertThat(backup.status()).isEqualTo(200);

		assertThat(send(source, "GET", BACKUP, null, null, null).status()).isEqualTo(401);
		assertThat(send(source, "POST", BACKUP, null, "application/json", backup.body()).status()).isEqualTo(401);
		assertThat(send(source, "GET", BACKUP, editor, null, null).status()).isEqualTo(403);
		assertThat(send(source, "POST", BACKUP, editor, "application/json", backup.body()).status()).isEqualTo(403);
		assertThat(send(source, "POST", "/api/v1/events", editor, "application/json", backup.body()).status())
			.as("the larger cap is for backup imports only")
			.isEqualTo(413);

		Response notFresh = send(source, "POST", BACKUP, ADMIN, "application/json", backup.body());
		assertThat(notFresh.status()).isEqualTo(409);
		assertThat(notFresh.header("content-type")).isEqualTo("application/problem+json");
		assertThat(tables(send(source, "GET", BACKUP, ADMIN, null, null))).isEqualTo(tables(backup));

		ConfigurableApplicationContext target = start(TestDatabase.newPostgresDatabase());
		String freshTables = tables(send(target, "GET", BACKUP, ADMIN, null, null));
		String document = backup.text();
		Map<String, String> bad = new LinkedHashMap<>();
		bad.put("version", document.replaceFirst("\"version\":1", "\"version\":2"));
		bad.put("format", document.replaceFirst("\"format\":\"tradeline-backup\"", "\"format\":\"other\""));
		// Cut off in the middle: every table before event_revision was inserted by then.
		bad.put("", document.substring(0, document.indexOf("\"event_revision\"") + 20));
		bad.put("tables.event[0].title", document.replaceFirst("\"title\":\"[^\"]*\",\"summary\"", "\"summary\""));
		bad.put("tables.claim[0].claim_value", document.replaceFirst("\"claim_value\":\"", "\"claim_value\":7,\"x\":\""));
		bad.put("tables.topic", document.replaceFirst("\"topic\":", "\"topics\":"));
		bad.put("tables.event[", document.replaceFirst("\"kind\":\"(TALKS|CALL|MEASURE|STATEMENT)\"", "\"kind\":\"PARTY\""));
		for (Map.Entry<String, String> variant : bad.entrySet()) {
			Response refused = send(target, "POST", BACKUP, ADMIN, "application/json",
					variant.getValue().getBytes(StandardCharsets.UTF_8));
			assertThat(refused.status()).as("%s: %s", variant.getKey(), refused.text()).isEqualTo(400);
			assertThat(refused.header("content-type")).isEqualTo("application/problem+json");
			assertThat((List<String>) JsonPath.read(refused.text(), "$.errors[*].field")).as(refused.text())
				.anyMatch(field -> field.startsWith(variant.getKey()));
			assertThat(tables(send(target, "GET", BACKUP, ADMIN, null, null))).as("after %s", variant.getKey())
				.isEqualTo(freshTables);
		}
		// Nothing was written by the refused imports, so the store is still fresh.
		Response imported = send(target, "POST", BACKUP, ADMIN, "application/json", backup.body());
		assertThat(imported.status()).as(imported.text()).isEqualTo(200);
		Response restored = send(target, "GET", BACKUP, ADMIN, null, null);
		assertThat(tables(restored)).isEqualTo(tables(backup));
		assertThat((String) JsonPath.read(restored.text(), "$.tables.store_change[0].changed_at"))
			.isEqualTo(JsonPath.read(backup.text(), "$.tables.store_change[0].changed_at"));
		assertThat((Integer) JsonPath.read(restored.text(), "$.tables.store_change[0].revision"))
			.isGreaterThan((Integer) JsonPath.read(backup.text(), "$.tables.store_change[0].revision"));
	}

	/** Real edits of every kind through the API, so the backup has revisions, deletions and tokens to carry. */
	private Edits edit(ConfigurableApplicationContext app) throws Exception {
		String editor = token(app, "{\"name\": \"newsdesk-anna\", \"role\": \"editor\", \"expiresAt\": \"2030-01-01T00:00:00Z\"}");
		token(app, "{\"name\": \"desk-admin\", \"role\": \"admin\"}");
		Response laptop = send(app, "POST", "/api/v1/admin/tokens", ADMIN, "application/json",
				bytes("{\"name\": \"old-laptop\", \"role\": \"editor\"}"));
		int laptopId = JsonPath.read(laptop.text(), "$.id");
		assertThat(send(app, "DELETE", "/api/v1/admin/tokens/" + laptopId, ADMIN, null, null).status()).isEqualTo(204);

		created(send(app, "POST", "/api/v1/events", editor, "application/json", bytes(event("backup-call"))));
		patch(app, editor, "/api/v1/events/backup-call", "{\"title\": \"Follow-up call, renamed\", \"location\": \"Beijing\"}");
		created(send(app, "POST", "/api/v1/events", editor, "application/json", bytes(event("backup-gone"))));
		delete(app, editor, "/api/v1/events/backup-gone");
		delete(app, editor, "/api/v1/events/geneva-talks");
		assertThat(send(app, "POST", "/api/v1/events/geneva-talks/restore", editor, null, null).status()).isEqualTo(200);

		created(send(app, "POST", "/api/v1/actors", editor, "application/json",
				bytes("{\"slug\": \"backup-actor\", \"name\": \"Backup Actor\", \"kind\": \"agency\", \"country\": \"US\"}")));
		patch(app, editor, "/api/v1/actors/backup-actor", "{\"title\": \"Spokesperson\"}");
		Response source = created(send(app, "POST", "/api/v1/sources", editor, "application/json", bytes("""
				{"fileName": "backup-wire.txt", "title": "Wire report", "outlet": "Example Wire",
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
		patch(app, editor, "/api/v1/claims/" + firstClaim, "{\"value\": \"5200\", \"valueLabel\": \"5,200 tonnes\"}");
		delete(app, editor, "/api/v1/claims/" + secondClaim);
		created(send(app, "POST", "/api/v1/figures", editor, "application/json", bytes("""
				{"slug": "backup-figure", "label": "A share", "amount": 12.5, "unit": "percent",
				 "period": {"start": "2025-05-01", "end": "2025-05-31"}, "event": "backup-call"}""")));
		patch(app, editor, "/api/v1/figures/backup-figure", "{\"amount\": 13.125}");
		return new Edits(editor, List.of("backup-call", "backup-gone", "geneva-talks"));
	}

	/** One create of every kind of row the API can add, on the imported store. */
	private void createsWork(ConfigurableApplicationContext app) throws Exception {
		String editor = token(app, "{\"name\": \"after-import\", \"role\": \"editor\"}");
		created(send(app, "POST", "/api/v1/events", editor, "application/json", bytes(event("after-import"))));
		created(send(app, "POST", "/api/v1/actors", editor, "application/json",
				bytes("{\"slug\": \"after-import-actor\", \"name\": \"After\", \"kind\": \"agency\"}")));
		Response source = created(send(app, "POST", "/api/v1/sources", editor, "application/json", bytes("""
				{"fileName": "after-import.txt", "summary": "After the import.", "sha256": "%s",
				 "citations": [{"name": "CNN", "kind": "news-outlet"}],
				 "claims": [{"subject": {"type": "event", "slug": "after-import"}, "attribute": "location",
				             "value": "Oslo", "valueLabel": "Oslo", "excerpt": "in Oslo"}]}""".formatted("e".repeat(64)))));
		int sourceId = JsonPath.read(source.text(), "$.id");
		created(send(app, "POST", "/api/v1/claims", editor, "application/json", bytes("""
				{"source": %d, "subject": {"type": "event", "slug": "london-talks"}, "attribute": "location",
				 "value": "London", "valueLabel": "London", "excerpt": "the talks in London"}""".formatted(sourceId))));
		created(send(app, "POST", "/api/v1/figures", editor, "application/json", bytes("""
				{"slug": "after-import-figure", "label": "A share", "amount": 1, "unit": "percent"}""")));
		patch(app, editor, "/api/v1/events/after-import", "{\"title\": \"Revised after the import\"}");
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
			Response response = send(this.app, "GET", path, token, null, null,
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

	/** Every row of a backup but store_change, whose revision an import moves on by design. */
	private static String tables(Response backup) {
		assertThat(backup.status()).isEqualTo(200);
		String text = backup.text();
		return text.substring(text.indexOf("\"tables\""), text.indexOf(",\"store_change\""));
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

	private String token(ConfigurableApplicationContext app, String json) throws Exception {
		Response created = created(send(app, "POST", "/api/v1/admin/tokens", ADMIN, "application/json", bytes(json)));
		return JsonPath.read(created.text(), "$.token");
	}

	private void patch(ConfigurableApplicationContext app, String token, String path, String json) throws Exception {
		String etag = send(app, "GET", path, null, null, null).header("etag");
		Response patched = send(app, "PATCH", path, token, "application/merge-patch+json", bytes(json),
				Map.of("If-Match", etag));
		assertThat(patched.status()).as("PATCH %s: %s", path, patched.text()).isEqualTo(200);
	}

	private void delete(ConfigurableApplicationContext app, String token, String path) throws Exception {
		String etag = send(app, "GET", path, null, null, null).header("etag");
		Response deleted = send(app, "DELETE", path, token, null, null, Map.of("If-Match", etag));
		assertThat(deleted.status()).as("DELETE %s: %s", path, deleted.text()).isEqualTo(204);
	}

	private static Response created(Response response) {
		assertThat(response.status()).as(response.text()).isEqualTo(201);
		return response;
	}

	private static String sha256(String text) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes(text)));
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private ConfigurableApplicationContext start(Map<String, Object> database) {
		Map<String, Object> properties = new HashMap<>(database);
		// X-Forwarded-Host is honoured, as behind a reverse proxy.
		properties.put("server.forward-headers-strategy", "framework");
		ConfigurableApplicationContext app = Applications.start(properties);
		this.apps.add(app);
		return app;
	}

	private Response send(ConfigurableApplicationContext app, String method, String path, String token,
			String contentType, byte[] body) throws Exception {
		return send(app, method, path, token, contentType, body, Map.of());
	}

	private Response send(ConfigurableApplicationContext app, String method, String path, String token,
			String contentType, byte[] body, Map<String, String> headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Applications.baseUrl(app) + encode(path)))
			.header("X-Forwarded-Host", HOST)
			// One id for every request, so that answers (problem bodies name it) compare byte for byte.
			.header("X-Request-Id", "backup-restore")
			.method(method, (body != null) ? HttpRequest.BodyPublishers.ofByteArray(body)
					: HttpRequest.BodyPublishers.noBody());
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		headers.forEach(request::header);
		HttpResponse<byte[]> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		return new Response(response.statusCode(), response.headers().map(), response.body());
	}

	/** Query values as the API's own links would carry them (commas and spaces encoded). */
	private static String encode(String path) {
		int query = path.indexOf('?');
		if (query < 0) {
			return path;
		}
		return path.substring(0, query + 1) + Arrays.stream(path.substring(query + 1).split("&")).map(pair -> {
			int eq = pair.indexOf('=');
			return pair.substring(0, eq + 1) + URLEncoder.encode(pair.substring(eq + 1), StandardCharsets.UTF_8);
		}).collect(Collectors.joining("&"));
	}

	private record Edits(String editorToken, List<String> slugs) {
	}

	private record Response(int status, Map<String, List<String>> headers, byte[] body) {

		String text() {
			return new String(this.body, StandardCharsets.UTF_8);
		}

		String header(String name) {
			return this.headers.entrySet()
				.stream()
				.filter(e -> e.getKey().equalsIgnoreCase(name))
				.map(e -> e.getValue().get(0))
				.findFirst()
				.orElse(null);
		}

		Map<String, List<String>> comparedHeaders() {
			Map<String, List<String>> compared = new TreeMap<>();
			this.headers.forEach((name, values) -> {
				if (!UNCOMPARED.contains(name.toLowerCase(Locale.ROOT))) {
					compared.put(name.toLowerCase(Locale.ROOT), values);
				}
			});
			return compared;
		}

	}

}
