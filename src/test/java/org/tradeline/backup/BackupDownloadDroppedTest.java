package org.tradeline.backup;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.tradeline.support.LocalHttp;
import org.tradeline.support.RawHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client that drops a backup download half way (killed, or a pipe whose reader gave up) is no
 * failure of the server's: nothing is logged above debug, no stack trace, and no problem is written
 * onto the dead connection. The connection is a slow one (small socket buffers at both ends), so the
 * server is still writing the seed data's backup when it goes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
@Tag("database")
class BackupDownloadDroppedTest {

	// The class that answers whatever a request's handler threw; its debug line marks the request over.
	private static final String PROBLEMS = "org.tradeline.problem.ProblemHandler";

	@LocalServerPort
	int port;

	@TestConfiguration(proxyBeanMethods = false)
	static class SlowLink {

		// A fixed send buffer: the kernel would otherwise grow it to hold the whole backup at once.
		@Bean
		WebServerFactoryCustomizer<TomcatServletWebServerFactory> smallSendBuffer() {
			return factory -> factory
				.addConnectorCustomizers(connector -> connector.setProperty("socket.txBufSize", "4096"));
		}

	}

	@Test
	void aDroppedDownloadIsLoggedInOneLineWithoutAStackTrace(CapturedOutput output) throws Exception {
		LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
		logging.setLogLevel(PROBLEMS, LogLevel.DEBUG);
		try {
			int mark = output.getAll().length();
			dropDownload();
			long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			while (!handled(output.getAll().substring(mark)) && System.nanoTime() < deadline) {
				Thread.sleep(50);
			}
			String logged = output.getAll().substring(mark);
			assertThat(handled(logged)).as("the server noticed the client was gone").isTrue();
			assertThat(logged).doesNotContain(" ERROR ").doesNotContain("\tat ");
		}
		finally {
			logging.setLogLevel(PROBLEMS, null);
		}
	}

	private static boolean handled(String logged) {
		return logged.contains("Unhandled failure") || logged.contains("Client went away");
	}

	/** Reads the first bytes of the backup and resets the connection, as a client killed mid-download does. */
	private void dropDownload() throws IOException {
		try (Socket socket = new Socket()) {
			// A small window, so the server cannot hand the whole backup to the network at once.
			socket.setReceiveBufferSize(1024);
			socket.connect(new InetSocketAddress("localhost", this.port), 5_000);
			socket.setSoTimeout(10_000);
			socket.getOutputStream()
				.write(RawHttp.head("GET", BackupController.PATH, this.port,
						List.<String[]>of(new String[] { "Authorization", LocalHttp.ADMIN })));
			InputStream in = socket.getInputStream();
			assertThat(new String(in.readNBytes(12))).isEqualTo("HTTP/1.1 200");
			socket.setSoLinger(true, 0);
		}
	}

}
