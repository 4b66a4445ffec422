package org.tradeline.support;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.tradeline.TradelineApplication;

/** The whole application on a real port, started as its main method would, for tests that need a real server. */
public final class Applications {

	private Applications() {
	}

	/**
	 * Starts the application on a random port. The properties go in as command-line arguments, so that
	 * they win over application.properties (builder properties would not).
	 */
	public static ConfigurableApplicationContext start(Map<String, ?> properties, Class<?>... extraSources) {
		Map<String, Object> all = new HashMap<>(properties);
		all.putIfAbsent("server.port", "0");
		Class<?>[] sources = Stream.concat(Stream.of(TradelineApplication.class), Stream.of(extraSources))
			.toArray(Class<?>[]::new);
		return new SpringApplicationBuilder(sources)
			.run(all.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
	}

	public static int port(ConfigurableApplicationContext app) {
		return ((WebServerApplicationContext) app).getWebServer().getPort();
	}

	/** Where the application answers, without a trailing slash. */
	public static String baseUrl(ConfigurableApplicationContext app) {
		return "http://localhost:" + port(app);
	}

}
