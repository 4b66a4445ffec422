package org.tradeline.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;

/**
 * HTTP/1.1 over a plain socket, for requests java.net.http will not send as they are (bad
 * percent-encoding, bytes above ASCII in the target or a header). The request should say
 * {@code Connection: close}: the answer is everything read until the server closes.
 */
public final class RawHttp {

	private RawHttp() {
	}

	public static byte[] exchange(int port, byte[] request) throws IOException {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(request);
			out.flush();
			return socket.getInputStream().readAllBytes();
		}
	}

}
