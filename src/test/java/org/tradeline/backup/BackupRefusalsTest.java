package org.tradeline.backup;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.context.ConfigurableApplicationContext;
import org.tradeline.support.RawHttp.Response;
import org.tradeline.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tradeline.backup.BackupInstances.ADMIN;
import static org.tradeline.backup.BackupInstances.BACKUP;
import static org.tradeline.backup.BackupInstances.tables;

/**
 * Who may back up and restore (admins only), and which imports are refused: any into a store that
 * is no longer fresh, and a document that is not a well-formed backup, with nothing written. From
 * an H2 store into a PostgreSQL one, as {@link BackupRestoreTest}; not tagged "database" for the
 * same reason, so it runs once, in the H2 pass.
 */
class BackupRefusalsTest {

	@RegisterExtension
	final BackupInstances apps = new BackupInstances();

	@Test
	@SuppressWarnings("unchecked") // JsonPath reads are untyped
	void onlyAdminsMayBackUpAndOnlyAFreshStoreAcceptsAWellFormedBackup() throws Exception {
		ConfigurableApplicationContext source = this.apps.start(TestDatabase.newH2Database());
		String editor = this.apps.token(source, "{\"name\": \"newsdesk-bob\", \"role\": \"editor\"}");
		this.apps.patch(source, editor, "/api/v1/events/london-talks", "{\"title\": \"London talks (edited)\"}");
		Response backup = this.apps.send(source, "GET", BACKUP, ADMIN, null, null);
		assertThat(backup.status()).isEqualTo(200);

		assertThat(this.apps.send(source, "GET", BACKUP, null, null, null).status()).isEqualTo(401);
		assertThat(this.apps.send(source, "POST", BACKUP, null, "application/json", backup.body()).status()).isEqualTo(401);
		assertThat(this.apps.send(source, "GET", BACKUP, editor, null, null).status()).isEqualTo(403);
		assertThat(this.apps.send(source, "POST", BACKUP, editor, "application/json", backup.body()).status()).isEqualTo(403);
		assertThat(this.apps.send(source, "POST", "/api/v1/events", editor, "application/json", backup.body()).status())
			.as("the larger cap is for backup imports only")
			.isEqualTo(413);

		Response notFresh = this.apps.send(source, "POST", BACKUP, ADMIN, "application/json", backup.body());
		assertThat(notFresh.status()).isEqualTo(409);
		assertThat(notFresh.header("content-type")).isEqualTo("application/problem+json");
		assertThat(tables(this.apps.send(source, "GET", BACKUP, ADMIN, null, null))).isEqualTo(tables(backup));

		ConfigurableApplicationContext target = this.apps.start(TestDatabase.newPostgresDatabase());
		String freshTables = tables(this.apps.send(target, "GET", BACKUP, ADMIN, null, null));
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
			Response refused = this.apps.send(target, "POST", BACKUP, ADMIN, "application/json",
					variant.getValue().getBytes(StandardCharsets.UTF_8));
			assertThat(refused.status()).as("%s: %s", variant.getKey(), refused.text()).isEqualTo(400);
			assertThat(refused.header("content-type")).isEqualTo("application/problem+json");
			assertThat((List<String>) JsonPath.read(refused.text(), "$.errors[*].field")).as(refused.text())
				.anyMatch(field -> field.startsWith(variant.getKey()));
			assertThat(tables(this.apps.send(target, "GET", BACKUP, ADMIN, null, null))).as("after %s", variant.getKey())
				.isEqualTo(freshTables);
		}
		// An overlong "<" (C0 BC) in a title: not UTF-8, though a lenient decoder would store "<".
		byte[] utf8 = document.getBytes(StandardCharsets.UTF_8);
		int title = document.indexOf("\"title\":\"") + "\"title\":\"".length();
		ByteArrayOutputStream malformed = new ByteArrayOutputStream();
		malformed.write(utf8, 0, title);
		malformed.writeBytes(new byte[] { (byte) 0xC0, (byte) 0xBC });
		malformed.write(utf8, title, utf8.length - title);
		Response notUtf8 = this.apps.send(target, "POST", BACKUP, ADMIN, "application/json", malformed.toByteArray());
		assertThat(notUtf8.status()).as(notUtf8.text()).isEqualTo(400);
		assertThat(notUtf8.text()).contains("not well-formed UTF-8");
		assertThat(tables(this.apps.send(target, "GET", BACKUP, ADMIN, null, null))).isEqualTo(freshTables);
		// Nothing was written by the refused imports, so the store is still fresh.
		Response imported = this.apps.send(target, "POST", BACKUP, ADMIN, "application/json", backup.body());
		assertThat(imported.status()).as(imported.text()).isEqualTo(200);
		Response restored = this.apps.send(target, "GET", BACKUP, ADMIN, null, null);
		assertThat(tables(restored)).isEqualTo(tables(backup));
		assertThat((String) JsonPath.read(restored.text(), "$.tables.store_change[0].changed_at"))
			.isEqualTo(JsonPath.read(backup.text(), "$.tables.store_change[0].changed_at"));
		assertThat((Integer) JsonPath.read(restored.text(), "$.tables.store_change[0].revision"))
			.isGreaterThan((Integer) JsonPath.read(backup.text(), "$.tables.store_change[0].revision"));
	}

}
