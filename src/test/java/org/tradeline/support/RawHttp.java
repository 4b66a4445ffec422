package org.tradeline.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for requests java.net.http will not send as they are (bad
 * percent-encoding, bytes above ASCII in the target or a header, a header given twice, a body
 * shorter than its Content-Length), and for what the container itself does with a connection
 * (timeouts, connection caps, the peer's address).
 */
public final class RawHttp {

	/** Far beyond every timeout under test: a server that never answers fails the test, not hangs it. */
	private static final Duration PATIENCE = Duration.ofSeconds(30);

	private RawHttp() {
	}

	/** A connection to the server on this port of this host. */
	public static Socket connect(int port) throws IOException {
		Socket socket = new Socket("localhost", port);
		socket.setSoTimeout((int) PATIENCE.toMillis());
		return socket;
	}

	/** A connection to the server on port of 127.0.0.1, from the given local address (127.0.0.2, ...). */
	public static Socket connect(InetAddress from, int port) throws IOException {
		Socket socket = new Socket();
		try {
			socket.bind(new InetSocketAddress(from, 0));
			socket.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));
			socket.setSoTimeout((int) PATIENCE.toMillis());
			return socket;
		}
		catch (IOException ex) {
			socket.close();
			throw ex;
		}
	}

	/**
	 * Sends the request and returns everything read until the server closes (or resets) the
	 * connection. The request should say {@code Connection: close}.
	 */
	public static byte[] exchange(int port, byte[] request) throws IOException {
		try (Socket socket = connect(port)) {
			OutputStream out = socket.getOutputStream();
			out.write(request);
			out.flush();
			return readUntilClosed(socket.getInputStream());
		}
	}

	/**
	 * Sends the request and reads one response, delimited by Content-Length, chunks or close; the
	 * answer to a HEAD has no body whatever it announces.
	 */
	public static Response send(int port, String method, byte[] request) throws IOException {
		try (Socket socket = connect(port)) {
			OutputStream out = socket.getOutputStream();
			out.write(request);
			out.flush();
			return read(socket.getInputStream(), "HEAD".equals(method));
		}
	}

	/**
	 * Sends the head and only the first part of a body its Content-Length (or chunks) announces as
	 * larger, then waits for an answer. A server that refuses such a body answers without reading
	 * it; one that reads it whole is still waiting when the patience runs out, and this returns null.
	 * An answer that ends with the connection may come before the server gives up on the rest of the
	 * body and closes: silence for as long as the patience ends it.
	 */
	public static Response sendUnfinished(int port, byte[] head, byte[] bodyStart, Duration patience)
			throws IOException {
		try (Socket socket = connect(port)) {
			socket.setSoTimeout((int) patience.toMillis());
			OutputStream out = socket.getOutputStream();
			try {
				out.write(head);
				out.write(bodyStart);
				out.flush();
			}
			catch (SocketException closed) {
				// The server answered and closed before taking the whole start: read what it said.
			}
			try {
				return read(socket.getInputStream(), false, true);
			}
			catch (SocketTimeoutException waiting) {
				return null;
			}
		}
	}

	/** A request head: request line, Host, Connection: close, the headers as given (repeats kept). */
	public static byte[] head(String method, String target, int port, List<String[]> headers) {
		StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\n");
		if (headers.stream().noneMatch(h -> "Host".equalsIgnoreCase(h[0]))) {
			head.append("Host: localhost:").append(port).append("\r\n");
		}
		head.append("Connection: close\r\n");
		headers.forEach(h -> head.append(h[0]).append(": ").append(h[1]).append("\r\n"));
		return head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
	}

	/**
	 * Everything the server sends until it closes the connection, or resets it (closed all the same);
	 * a read timeout is an IOException, so a server that never closes fails the test.
	 */
	public static byte[] readUntilClosed(InputStream in) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			in.transferTo(bytes);
		}
		catch (SocketException reset) {
			// Closed abruptly: what arrived before is what it said.
		}
		return bytes.toByteArray();
	}

	/** The one response in bytes already read whole (from {@link #exchange}). */
	public static Response parse(byte[] answer) throws IOException {
		return read(new ByteArrayInputStream(answer), false);
	}

	/** One response read from the stream; bodiless for the answer to a HEAD. */
	public static Response read(InputStream in, boolean bodiless) throws IOException {
		return read(in, bodiless, false);
	}

	/** With {@code quietEnds}, a body delimited by the connection's close also ends at a read timeout. */
	private static Response read(InputStream in, boolean bodiless, boolean quietEnds) throws IOException {
		ByteArrayOutputStream head = new ByteArrayOutputStream();
		int matched = 0;
		while (matched < 4) {
			int b = in.read();
			if (b < 0) {
				throw new IOException("Connection closed before the end of the headers: "
						+ head.toString(StandardCharsets.ISO_8859_1));
			}
			head.write(b);
			matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r') ? 1 : 0;
		}
		String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
		int status = Integer.parseInt(lines[0].split(" ")[1]);
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			headers.computeIfAbsent(lines[i].substring(0, colon).trim(), k -> new ArrayList<>())
				.add(lines[i].substring(colon + 1).trim());
		}
		Response response = new Response(status, headers, new byte[0]);
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		String length = response.header("Content-Length");
		if (bodiless) {
			return response;
		}
		if (length != null) {
			body.write(in.readNBytes(Integer.parseInt(length)));
		}
		else if ("chunked".equalsIgnoreCase(response.header("Transfer-Encoding"))) {
			for (int size = chunkSize(in); size > 0; size = chunkSize(in)) {
				body.write(in.readNBytes(size));
				in.readNBytes(2);
			}
			// Trailers (not kept) up to the empty line that ends the message: a kept-alive connection is left clean.
			String trailer;
			do {
				trailer = line(in);
			}
			while (!trailer.isEmpty());
		}
		else if (status != 204 && status != 304) {
			try {
				in.transferTo(body);
			}
			catch (SocketException reset) {
				// Closed abruptly after the body: what arrived is the body.
			}
			catch (SocketTimeoutException quiet) {
				if (!quietEnds) {
					throw quiet;
				}
			}
		}
		return new Response(status, headers, body.toByteArray());
	}

	private static int chunkSize(InputStream in) throws IOException {
		return Integer.parseInt(line(in).split(";")[0], 16);
	}

	/** One line of a chunked body's framing, without its line end. */
	private static String line(InputStream in) throws IOException {
		StringBuilder line = new StringBuilder();
		for (int b = in.read(); b != '\n'; b = in.read()) {
			if (b < 0) {
				throw new IOException("Connection closed inside a chunked body");
			}
			line.append((char) b);
		}
		return line.toString().trim();
	}

	/** A response: status, headers by name as sent (each with its values in order), body bytes. */
	public record Response(int status, Map<String, List<String>> headers, byte[] body) {

		/** The same from java.net.http, for tests that send what it sends and read answers as these. */
		public static Response of(HttpResponse<byte[]> response) {
			return new Response(response.statusCode(), response.headers().map(), response.body());
		}

		/** The first value of a header, whatever the case of its name; null when absent. */
		public String header(String name) {
			return this.headers.entrySet()
				.stream()
				.filter(h -> name.equalsIgnoreCase(h.getKey()) && !h.getValue().isEmpty())
				.map(h -> h.getValue().get(0))
				.findFirst()
				.orElse(null);
		}

		public String contentType() {
			String type = header("Content-Type");
			return (type != null) ? type : "";
		}

		public String text() {
			return new String(this.body, StandardCharsets.UTF_8);
		}

	}

}
