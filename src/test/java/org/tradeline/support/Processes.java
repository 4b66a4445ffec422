package org.tradeline.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;

/** For tests that start the service, or a database, as a process of its own. */
public final class Processes {

	private Processes() {
	}

	/** The java of the JVM running the tests, so a started process has the same JDK. */
	public static String javaExecutable() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	/** A loopback port nobody listens on now, for a process to bind. */
	public static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/** The end of a process's output, for a failure message. */
	public static String tail(String output) {
		return output.substring(Math.max(0, output.length() - 4000));
	}

}
