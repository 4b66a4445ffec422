package org.tradeline.backup;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.context.ConfigurableApplicationContext;
import org.tradeline.support.Applications;
import org.tradeline.support.Editors;
import org.tradeline.support.RawHttp.Response;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Applications started for a backup test, each on a database of its own and all closed after it
 * (registered as an extension), and real HTTP requests to them. Every instance is asked as if
 * behind one proxy and with one request id, so that answers from two instances compare byte for byte.
 */
final class BackupInstances implements AfterEachCallback {

	static final String BACKUP = "/api/v1/admin/backup";

	static final String ADMIN = Editors.BOOTSTRAP_ADMIN;

	/** Both instances are asked as if behind one proxy, so absolute URLs in exports match. */
	private static final String HOST = "tradeline.example";

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final List<ConfigurableApplicationContext> apps = new ArrayList<>();

	ConfigurableApplicationContext start(Map<String, Object> database) {
		Map<String, Object> properties = new HashMap<>(database);
		// X-Forwarded-Host is honoured, as behind a reverse proxy.
		properties.put("server.forward-headers-strategy", "framework");
		ConfigurableApplicationContext app = Applications.start(properties);
		this.apps.add(app);
		return app;
	}

	@Override
	public void afterEach(ExtensionContext context) {
		this.apps.forEach(ConfigurableApplicationContext::close);
		this.apps.clear();
	}

	Response send(ConfigurableApplicationContext app, String method, String path, String token, String contentType,
			byte[] body) throws Exception {
		return send(app, method, path, token, contentType, body, Map.of());
	}

	Response send(ConfigurableApplicationContext app, String method, String path, String token, String contentType,
			byte[] body, Map<String, String> headers) throws Exception {
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
		return Response.of(this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray()));
	}

	/** A new token made by the bootstrap admin; its secret. */
	String token(ConfigurableApplicationContext app, String json) throws Exception {
		Response created = created(send(app, "POST", "/api/v1/admin/tokens", ADMIN, "application/json", bytes(json)));
		return JsonPath.read(created.text(), "$.token");
	}

	void patch(ConfigurableApplicationContext app, String token, String path, String json) throws Exception {
		String etag = send(app, "GET", path, null, null, null).header("etag");
		Response patched = send(app, "PATCH", path, token, "application/merge-patch+json", bytes(json),
				Map.of("If-Match", etag));
		assertThat(patched.status()).as("PATCH %s: %s", path, patched.text()).isEqualTo(200);
	}

	void delete(ConfigurableApplicationContext app, String token, String path) throws Exception {
		String etag = send(app, "GET", path, null, null, null).header("etag");
		Response deleted = send(app, "DELETE", path, token, null, null, Map.of("If-Match", etag));
		assertThat(deleted.status()).as("DELETE %s: %s", path, deleted.text()).isEqualTo(204);
	}

	static Response created(Response response) {
		assertThat(response.status()).as(response.text()).isEqualTo(201);
		return response;
	}

	/** Every row of a backup but store_change, whose revision an import moves on by design. */
	static String tables(Response backup) {
		assertThat(backup.status()).isEqualTo(200);
		String text = backup.text();
		return text.substring(text.indexOf("\"tables\""), text.indexOf(",\"store_change\""));
	}

	static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
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

}
