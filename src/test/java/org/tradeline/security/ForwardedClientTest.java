package org.tradeline.security;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.context.ConfigurableApplicationContext;
import org.tradeline.support.Applications;
import org.tradeline.support.RawHttp;
import org.tradeline.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With server.forward-headers-strategy=native the client address (which read limits key on) comes
 * from X-Forwarded-For only when the connecting peer is a proxy named in
 * server.tomcat.remoteip.internal-proxies; any other peer is its own address, whatever it claims.
 * The shipped setting trusts a proxy on the same host (127.0.0.1) and nothing else: Tomcat's own
 * default trusts all of 127/8 and the private ranges, so 127.0.0.2 here stands for any such peer.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ForwardedClientTest {

	ConfigurableApplicationContext app;

	@BeforeAll
	void start() {
		Map<String, Object> properties = new HashMap<>(TestDatabase.newDatabase());
		properties.put("server.forward-headers-strategy", "native");
		properties.put("tradeline.rate-limit.reads-per-client", "2");
		properties.put("tradeline.rate-limit.period", "1d");
		this.app = Applications.start(properties);
	}

	@AfterAll
	void stop() {
		if (this.app != null) {
			this.app.close();
		}
	}

	@Test
	void anUntrustedPeerCannotPickItsAddressWithXForwardedFor() throws IOException {
		assertThat(status("127.0.0.2", "203.0.113.1")).isEqualTo(200);
		assertThat(status("127.0.0.2", "203.0.113.2")).isEqualTo(200);
		assertThat(status("127.0.0.2", "203.0.113.3")).as("a third read from the same peer").isEqualTo(429);
	}

	@Test
	void aTrustedProxysXForwardedForIsTheClientAddress() throws IOException {
		for (String client : new String[] { "198.51.100.1", "198.51.100.2", "198.51.100.3" }) {
			assertThat(status("127.0.0.1", client)).as(client).isEqualTo(200);
			assertThat(status("127.0.0.1", client)).as(client).isEqualTo(200);
		}
		assertThat(status("127.0.0.1", "198.51.100.1")).as("a third read from the same client").isEqualTo(429);
	}

	private int status(String from, String forwardedFor) throws IOException {
		int port = Applications.port(this.app);
		try (Socket socket = RawHttp.connect(InetAddress.getByName(from), port)) {
			socket.getOutputStream()
				.write(RawHttp.head("GET", "/api/v1/topics", port,
						List.<String[]>of(new String[] { "X-Forwarded-For", forwardedFor })));
			return RawHttp.read(socket.getInputStream(), false).status();
		}
	}

}
