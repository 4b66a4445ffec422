package org.tradeline.backup;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.context.ConfigurableApplicationContext;
import org.tradeline.support.RawHttp.Response;
import org.tradeline.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tradeline.backup.BackupInstances.ADMIN;
import static org.tradeline.backup.BackupInstances.BACKUP;
import static org.tradeline.backup.BackupInstances.bytes;
import static org.tradeline.backup.BackupInstances.created;

/**
 * An event the public saw and that then left its view (back to draft, or deleted) is a tombstone in
 * the sync and the change feed; a draft never published is in neither. An import keeps both kinds
 * as they were. Not tagged "database": it picks its databases itself (H2 to PostgreSQL and back).
 */
class BackupTombstoneTest {

	private static final String SYNC = "/api/v1/events?includeDeleted=true&size=100&updatedSince=2000-01-01T00:00:00Z";

	private static final String ATOM = "/api/v1/exports/changes.atom";

	@RegisterExtension
	final BackupInstances apps = new BackupInstances();

	@Test
	void eventsThePublicSawStayTombstonesInPostgresAfterAnImportFromH2() throws Exception {
		keepsTombstones(TestDatabase.newH2Database(), TestDatabase.newPostgresDatabase());
	}

	@Test
	void eventsThePublicSawStayTombstonesInH2AfterAnImportFromPostgres() throws Exception {
		keepsTombstones(TestDatabase.newPostgresDatabase(), TestDatabase.newH2Database());
	}

	private void keepsTombstones(Map<String, Object> sourceDatabase, Map<String, Object> targetDatabase)
			throws Exception {
		ConfigurableApplicationContext source = this.apps.start(sourceDatabase);
		String editor = this.apps.token(source, "{\"name\": \"newsdesk-anna\", \"role\": \"editor\"}");
		draft(source, editor, "published-then-drafted");
		patch(source, editor, "published-then-drafted", "published");
		patch(source, editor, "published-then-drafted", "draft");
		draft(source, editor, "published-then-deleted");
		patch(source, editor, "published-then-deleted", "published");
		delete(source, editor, "published-then-deleted");
		draft(source, editor, "published-drafted-deleted");
		patch(source, editor, "published-drafted-deleted", "published");
		patch(source, editor, "published-drafted-deleted", "draft");
		delete(source, editor, "published-drafted-deleted");
		draft(source, editor, "never-published");
		delete(source, editor, "never-published");

		Response sync = this.apps.send(source, "GET", SYNC, null, null, null);
		Response atom = this.apps.send(source, "GET", ATOM, null, null, null);
		assertThat(sync.text()).contains("\"slug\":\"published-then-drafted\"", "\"slug\":\"published-then-deleted\"",
				"\"slug\":\"published-drafted-deleted\"")
			.doesNotContain("never-published");
		assertThat(atom.text()).contains("ref=\"urn:tradeline:event:published-then-drafted\"",
				"ref=\"urn:tradeline:event:published-then-deleted\"",
				"ref=\"urn:tradeline:event:published-drafted-deleted\"")
			.doesNotContain("never-published");

		Response backup = this.apps.send(source, "GET", BACKUP, ADMIN, null, null);
		assertThat(backup.status()).isEqualTo(200);
		ConfigurableApplicationContext target = this.apps.start(targetDatabase);
		Response imported = this.apps.send(target, "POST", BACKUP, ADMIN, "application/json", backup.body());
		assertThat(imported.status()).as(imported.text()).isEqualTo(200);

		assertThat(this.apps.send(target, "GET", SYNC, null, null, null).text()).isEqualTo(sync.text());
		assertThat(this.apps.send(target, "GET", ATOM, null, null, null).text()).isEqualTo(atom.text());
	}

	private void draft(ConfigurableApplicationContext app, String editor, String slug) throws Exception {
		String event = """
				{"slug": "%s", "title": "Follow-up call", "summary": "Negotiators spoke again.", "kind": "call",
				 "date": {"start": "2025-06-11", "precision": "mid-month"}, "state": "draft"}""".formatted(slug);
		created(this.apps.send(app, "POST", "/api/v1/events", editor, "application/json", bytes(event)));
	}

	/** A draft is found by editors only, asking for every state: its ETag is read so. */
	private void patch(ConfigurableApplicationContext app, String editor, String slug, String state) throws Exception {
		String path = "/api/v1/events/" + slug;
		Response patched = this.apps.send(app, "PATCH", path, editor, "application/merge-patch+json",
				bytes("{\"state\": \"" + state + "\"}"), Map.of("If-Match", etag(app, editor, path)));
		assertThat(patched.status()).as("PATCH %s: %s", path, patched.text()).isEqualTo(200);
	}

	private void delete(ConfigurableApplicationContext app, String editor, String slug) throws Exception {
		String path = "/api/v1/events/" + slug;
		Response deleted = this.apps.send(app, "DELETE", path, editor, null, null,
				Map.of("If-Match", etag(app, editor, path)));
		assertThat(deleted.status()).as("DELETE %s: %s", path, deleted.text()).isEqualTo(204);
	}

	private String etag(ConfigurableApplicationContext app, String editor, String path) throws Exception {
		Response current = this.apps.send(app, "GET", path + "?state=all", editor, null, null);
		assertThat(current.status()).as("GET %s: %s", path, current.text()).isEqualTo(200);
		return current.header("etag");
	}

}
