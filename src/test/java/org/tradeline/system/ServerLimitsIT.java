package org.tradeline.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.tradeline.support.Applications;
import org.tradeline.support.Editors;
import org.tradeline.support.RawHttp;
import org.tradeline.support.RawHttp.Response;
import org.tradeline.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The container's limits, on a real port with raw sockets, so that what Tomcat itself answers is
 * what is tested. One instance runs the shipped settings; a second one has short timeouts, so that
 * slow clients can be shown to be cut off within them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerLimitsIT {

	static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(1);

	static final Duration KEEP_ALIVE_TIMEOUT = Duration.ofSeconds(2);

	static final Duration REQUEST_HEAD_TIMEOUT = Duration.ofSeconds(3);

	// Tomcat's poller looks for timed-out connections about once a second.
	static final Duration POLLER_SLACK = Duration.ofSeconds(2);

	/** What an error answer must never carry: stack traces, product names and versions, SQL, HTML. */
	static final List<Pattern> LEAKS = Stream
		.of("(?i)exception", "(?i)\\bat (java|org|jdk|com|sun)\\.", "(?i)\\.java:\\d+", "(?i)tomcat", "(?i)apache",
				"(?i)spring", "(?i)hibernate", "(?i)jackson", "(?i)jdbc", "(?i)postgres", "(?i)\\bh2\\b",
				"(?i)\\bsql\\b", "(?i)\\bselect\\b.+\\bfrom\\b", "(?i)\\binsert into\\b", "(?i)<html", "(?i)<!doctype",
				"\\d+\\.\\d+\\.\\d+")
		.map(Pattern::compile)
		.toList();

	ConfigurableApplicationContext shipped;

	ConfigurableApplicationContext impatient;

	@BeforeAll
	void start() {
		this.shipped = Applications.start(TestDatabase.newDatabase());
		Map<String, Object> impatient = new HashMap<>(TestDatabase.newDatabase());
		impatient.put("server.tomcat.connection-timeout", CONNECTION_TIMEOUT.toMillis() + "ms");
		impatient.put("server.tomcat.keep-alive-timeout", KEEP_ALIVE_TIMEOUT.toMillis() + "ms");
		impatient.put("tradeline.connections.request-head-timeout", REQUEST_HEAD_TIMEOUT.toMillis() + "ms");
		this.impatient = Applications.start(impatient);
	}

	@AfterAll
	void stop() {
		if (this.shipped != null) {
			this.shipped.close();
		}
		if (this.impatient != null) {
			this.impatient.close();
		}
	}

	@Test
	void shippedSettingsBoundHeadersTimeoutsAndConnections() {
		TomcatWebServer server = (TomcatWebServer) ((WebServerApplicationContext) this.shipped).getWebServer();
		AbstractHttp11Protocol<?> protocol = (AbstractHttp11Protocol<?>) server.getTomcat()
			.getConnector()
			.getProtocolHandler();
		assertThat(protocol.getMaxHttpRequestHeaderSize()).isEqualTo(16 * 1024);
		assertThat(protocol.getConnectionTimeout()).isEqualTo(10_000);
		assertThat(protocol.getKeepAliveTimeout()).isEqualTo(20_000);
		assertThat(protocol.getMaxConnections()).isEqualTo(2048);
		assertThat(server.getTomcat().getConnector().getAllowTrace()).isFalse();
	}

	@Test
	void headersUpTo16KbAreAcceptedAndLargerOnesRefusedWithAProblem() throws IOException {
		// 12 KB is over Tomcat's 8 KB default, so this passing shows the configured limit is in effect.
		Response fits = RawHttp.parse(exchange(this.shipped, get("/api/v1/topics", "X-Padding: " + "a".repeat(12 * 1024))));
		assertThat(fits.status()).isEqualTo(200);

		byte[] tooLarge = exchange(this.shipped, get("/api/v1/topics", "X-Padding: " + "a".repeat(20 * 1024)));
		assertThat(RawHttp.parse(tooLarge).status()).isIn(400, 431);
		assertIsPlainProblem(tooLarge);
	}

	@Test
	void traceIsRefusedWithAProblemAndEchoesNothing() throws IOException {
		for (String method : List.of("TRACE", "TRACK")) {
			byte[] answer = exchange(this.shipped, request(method, "/api/v1/events", "X-Secret: echo-me",
					"Cookie: visitor=echo-me-too"));
			Response response = RawHttp.parse(answer);
			assertThat(response.status()).as(method).isEqualTo(405);
			assertIsPlainProblem(answer);
			assertThat(response.text()).as(method).doesNotContain("echo-me").doesNotContain("X-Secret");
		}
	}

	@Test
	void theH2ConsoleIsOff() throws IOException {
		assertThat(this.shipped.getEnvironment().getProperty("spring.h2.console.enabled")).isEqualTo("false");
		for (String path : List.of("/h2-console", "/h2-console/", "/h2-console/login.jsp")) {
			Response response = RawHttp.parse(exchange(this.shipped, get(path)));
			assertThat(response.status()).as(path).isEqualTo(404);
			assertThat(response.contentType()).as(path).startsWith("application/problem+json");
		}
	}

	@Test
	void aClientThatStopsInTheRequestLineIsCutOffWithinTheConnectionTimeout() throws IOException {
		assertCutOff("GET /api/v1/eve");
	}

	@Test
	void aClientThatStopsInTheHeadersIsCutOffWithinTheConnectionTimeout() throws IOException {
		assertCutOff("GET /api/v1/events HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\nX-Slow: ");
	}

	@Test
	void anIdleKeptAliveConnectionIsClosedWithinTheKeepAliveTimeout() throws IOException {
		try (Socket socket = connect(this.impatient)) {
			socket.getOutputStream().write(get("/livez").replace("Connection: close", "Connection: keep-alive")
				.getBytes(StandardCharsets.ISO_8859_1));
			Response response = RawHttp.read(socket.getInputStream(), false);
			assertThat(response.status()).isEqualTo(200);
			assertThat(response.header("connection")).as("kept alive").isNotEqualToIgnoringCase("close");
			long start = System.nanoTime();
			assertThat(RawHttp.readUntilClosed(socket.getInputStream())).isEmpty();
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(KEEP_ALIVE_TIMEOUT.plus(POLLER_SLACK));
		}
	}

	/**
	 * A client that sends one byte of its request head at a time, each well within the connection
	 * timeout, is cut off once the head has taken longer than the request-head timeout; before, every
	 * byte restarted the timeout and such a client held its connection for as long as it liked.
	 */
	@Test
	void aClientThatTricklesItsRequestHeadIsCutOffAtTheHeadDeadline() throws Exception {
		byte[] head = ("GET /api/v1/events HTTP/1.1\r\nHost: localhost\r\n" + "X-Slow: " + "s".repeat(200))
			.getBytes(StandardCharsets.ISO_8859_1);
		long interval = CONNECTION_TIMEOUT.toMillis() / 4;
		// Enough bytes for several head deadlines.
		int budget = (int) (4 * REQUEST_HEAD_TIMEOUT.toMillis() / interval);
		int sent = 0;
		boolean closed = false;
		try (Socket socket = connect(this.impatient)) {
			socket.setSoTimeout((int) interval);
			OutputStream out = socket.getOutputStream();
			InputStream in = socket.getInputStream();
			while (!closed && sent < budget) {
				try {
					out.write(head[sent++]);
					out.flush();
					closed = in.read() < 0;
				}
				catch (java.net.SocketTimeoutException stillOpen) {
					// Nothing to read yet: the connection is open, keep trickling.
				}
				catch (SocketException reset) {
					closed = true;
				}
			}
		}
		assertThat(closed).as("closed after %d of %d bytes", sent, budget).isTrue();
		assertThat(sent).as("bytes sent before the cut").isLessThan(budget);
		assertThat(RawHttp.parse(exchange(this.impatient, get("/api/v1/topics"))).status()).isEqualTo(200);
	}

	/** 64 connections from one address are served; a 65th is closed at once, and one frees a place. */
	@Test
	void oneClientAddressMayHoldAtMost64Connections() throws Exception {
		List<Socket> held = new ArrayList<>();
		try {
			for (int i = 0; i < 64; i++) {
				Socket socket = connect(this.shipped);
				// A request in progress: the server keeps the connection for it.
				socket.getOutputStream().write("GET /api/v1/topics HTTP/1.1\r\n".getBytes(StandardCharsets.ISO_8859_1));
				held.add(socket);
			}
			// Tomcat accepts on its own thread; an exchange on a held connection shows all 64 are accepted.
			Socket last = held.get(63);
			last.getOutputStream().write("Host: localhost\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
			assertThat(RawHttp.read(last.getInputStream(), false).status()).isEqualTo(200);
			try (Socket excess = connect(this.shipped)) {
				excess.getOutputStream().write(get("/api/v1/topics").getBytes(StandardCharsets.ISO_8859_1));
				assertThat(RawHttp.readUntilClosed(excess.getInputStream())).as("the 65th connection").isEmpty();
			}
			held.remove(0).close();
			// The server notices the close on its own thread; allow it a moment.
			Response served = null;
			for (int attempt = 0; attempt < 50 && served == null; attempt++) {
				try {
					Response response = RawHttp.parse(exchange(this.shipped, get("/api/v1/topics")));
					served = response;
				}
				catch (IOException refused) {
					Thread.sleep(100);
				}
			}
			assertThat(served).isNotNull();
			assertThat(served.status()).isEqualTo(200);
		}
		finally {
			for (Socket socket : held) {
				socket.close();
			}
		}
	}

	record Case(String name, String request, int status) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	Stream<Case> errors() {
		String admin = "Authorization: Bearer " + Editors.BOOTSTRAP_ADMIN;
		String json = "Content-Type: application/json";
		List<Case> cases = new ArrayList<>();
		cases.add(new Case("404 unknown path", get("/api/v1/nothing-here"), 404));
		cases.add(new Case("404 unknown event", get("/api/v1/events/no-such-event"), 404));
		cases.add(new Case("404 unexposed actuator endpoint", get("/actuator/env"), 404));
		cases.add(new Case("405 unsupported method", request("POST", "/api/v1/events/london-talks", admin), 405));
		cases.add(new Case("405 TRACE", request("TRACE", "/api/v1/events"), 405));
		cases.add(new Case("406 unacceptable type", get("/api/v1/events", "Accept: application/xml"), 406));
		cases.add(new Case("415 unsupported body type", send("POST", "/api/v1/events", "slug=x", admin,
				"Content-Type: text/plain"), 415));
		cases.add(new Case("400 bad JSON", send("POST", "/api/v1/events", "{\"slug\": ", admin, json), 400));
		cases.add(new Case("400 wrong JSON type", send("POST", "/api/v1/events", "{\"slug\": [1]}", admin, json), 400));
		cases.add(new Case("400 bad parameter", get("/api/v1/events?from=2025-13-45"), 400));
		cases.add(new Case("400 firewall", get("/api/v1/events/a%3Bb"), 400));
		cases.add(new Case("413 body too large", send("POST", "/api/v1/events", "{\"summary\": \"" + "x".repeat(70_000)
				+ "\"}", admin, json), 413));
		cases.add(new Case("409 taken slug", send("POST", "/api/v1/actors",
				"{\"slug\": \"he-lifeng\", \"name\": \"Someone\", \"kind\": \"person\"}", admin, json), 409));
		cases.add(new Case("401 no token", send("POST", "/api/v1/events", "{}", json), 401));
		cases.add(new Case("401 unknown token", send("POST", "/api/v1/events", "{}", json,
				"Authorization: Bearer tl_nobody"), 401));
		cases.add(new Case("container: header too large", get("/api/v1/events", "X-Big: " + "b".repeat(20 * 1024)), 400));
		cases.add(new Case("container: bad character in request target",
				"GET /api/v1/events?q=a|b{} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", 400));
		cases.add(new Case("container: malformed header",
				"GET /api/v1/events HTTP/1.1\r\nHost: localhost\r\nBad Header: x\r\nConnection: close\r\n\r\n", 400));
		cases.add(new Case("container: no Host header", "GET /api/v1/events HTTP/1.1\r\nConnection: close\r\n\r\n", 400));
		cases.add(new Case("container: bad HTTP version",
				"GET /api/v1/events HTTP/9.x\r\nHost: localhost\r\nConnection: close\r\n\r\n", 400));
		return cases.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("errors")
	void errorAnswersAreProblemsThatLeakNothing(Case c) throws IOException {
		byte[] answer = exchange(this.shipped, c.request());
		assertThat(RawHttp.parse(answer).status()).as(raw(answer)).isEqualTo(c.status());
		assertIsPlainProblem(answer);
	}

	/** The answer as a client sees it: its headers and body, read whole. */
	private static void assertIsPlainProblem(byte[] answer) throws IOException {
		Response response = RawHttp.parse(answer);
		String raw = raw(answer);
		assertThat(response.contentType()).as(raw).startsWith("application/problem+json");
		assertThat(response.header("server")).as("no product names in headers").isNull();
		assertThat(response.header("x-powered-by")).as("no product names in headers").isNull();
		assertThat((Integer) JsonPath.read(response.text(), "$.status")).isEqualTo(response.status());
		for (Pattern leak : LEAKS) {
			assertThat(leak.matcher(raw).find()).as("%s in %s", leak, raw).isFalse();
		}
	}

	private void assertCutOff(String partialRequest) throws IOException {
		try (Socket socket = connect(this.impatient)) {
			socket.getOutputStream().write(partialRequest.getBytes(StandardCharsets.ISO_8859_1));
			socket.getOutputStream().flush();
			long start = System.nanoTime();
			String answer = raw(RawHttp.readUntilClosed(socket.getInputStream()));
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(CONNECTION_TIMEOUT.plus(POLLER_SLACK));
			// Closing is enough; if anything is said, it is no error page.
			for (Pattern leak : LEAKS) {
				assertThat(leak.matcher(answer).find()).as("%s in %s", leak, answer).isFalse();
			}
		}
		// The same instance serves a client that does finish its request.
		assertThat(RawHttp.parse(exchange(this.impatient, get("/api/v1/topics"))).status()).isEqualTo(200);
	}

	private static Socket connect(ConfigurableApplicationContext app) throws IOException {
		return RawHttp.connect(Applications.port(app));
	}

	private static String get(String path, String... headers) {
		return request("GET", path, headers);
	}

	private static String request(String method, String path, String... headers) {
		StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: localhost\r\n");
		for (String header : headers) {
			request.append(header).append("\r\n");
		}
		return request.append("Connection: close\r\n\r\n").toString();
	}

	private static String send(String method, String path, String body, String... headers) {
		String head = request(method, path, headers);
		return head.substring(0, head.length() - 2) + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length
				+ "\r\n\r\n" + body;
	}

	/** Everything the server answers to a request that says Connection: close. */
	private static byte[] exchange(ConfigurableApplicationContext app, String request) throws IOException {
		return RawHttp.exchange(Applications.port(app), request.getBytes(StandardCharsets.UTF_8));
	}

	private static String raw(byte[] answer) {
		return new String(answer, StandardCharsets.ISO_8859_1);
	}

}
