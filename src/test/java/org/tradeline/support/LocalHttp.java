package org.tradeline.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Requests over real HTTP/1.1 to the application on a local port: anonymous reads, the bootstrap admin's writes. */
public final class LocalHttp {

	public static final String ADMIN = "Bearer " + Editors.BOOTSTRAP_ADMIN;

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	private final int port;

	public LocalHttp(int port) {
		this.port = port;
	}

	/** An anonymous GET; headers are further names and values. */
	public HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** An admin's request with a body (without Content-Type when it is null); headers are further names and values. */
	public HttpResponse<String> send(String method, String path, String contentType, String body, String... headers)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.method(method, HttpRequest.BodyPublishers.ofString(body))
			.header("Authorization", ADMIN);
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		if (headers.length > 0) {
			request.headers(headers);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
