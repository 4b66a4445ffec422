package org.tradeline.support.requests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.tradeline.support.RawHttp;
import org.tradeline.support.RawHttp.Response;

/** Sends probes over real HTTP: java.net.http where it will send them, a plain socket otherwise. */
public final class Transport {

	/** How long an unfinished body may keep the server silent before we call it read whole. */
	static final Duration BODY_PATIENCE = Duration.ofSeconds(4);

	private final int port;

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	public Transport(int port) {
		this.port = port;
	}

	/** The answer, or null when the server was still waiting for an unfinished body. */
	Response send(Probe probe) throws IOException, InterruptedException {
		if (probe.isUnfinished()) {
			List<String[]> headers = new ArrayList<>(probe.headers());
			headers.add(new String[] { "Content-Length", String.valueOf(probe.declaredLength()) });
			return RawHttp.sendUnfinished(this.port, RawHttp.head(probe.method(), probe.target(), this.port, headers),
					probe.body(), BODY_PATIENCE);
		}
		if (!probe.raw()) {
			try {
				return sendHttp(probe);
			}
			catch (IllegalArgumentException refused) {
				// A header or target java.net.http will not send: the socket sends it as is.
			}
		}
		return sendRaw(probe);
	}

	/** A plain request with the given header names and values, as a client would send it. */
	Response get(String target, String... headers) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(target)).timeout(Duration.ofSeconds(30));
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return Response.of(this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray()));
	}

	private Response sendHttp(Probe probe) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(probe.target()))
			.timeout(Duration.ofSeconds(30))
			.method(probe.method(), (probe.body() != null) ? HttpRequest.BodyPublishers.ofByteArray(probe.body())
					: HttpRequest.BodyPublishers.noBody());
		probe.headers().forEach(h -> request.header(h[0], h[1]));
		return Response.of(this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray()));
	}

	/** Bytes as given (ISO-8859-1 maps each char below 256 to one byte). */
	private Response sendRaw(Probe probe) throws IOException {
		List<String[]> headers = new ArrayList<>(probe.headers());
		if (probe.body() != null) {
			headers.add(new String[] { "Content-Length", String.valueOf(probe.body().length) });
		}
		ByteArrayOutputStream request = new ByteArrayOutputStream();
		request.writeBytes(RawHttp.head(probe.method(), probe.target(), this.port, headers));
		if (probe.body() != null) {
			request.writeBytes(probe.body());
		}
		return RawHttp.send(this.port, probe.method(), request.toByteArray());
	}

	private URI uri(String target) {
		return URI.create("http://localhost:" + this.port + target);
	}

}
