package org.tradeline.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.tradeline.support.Applications;
import org.tradeline.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Flyway guards the schema: starting again on a migrated database applies nothing, and an applied
 * script that was edited afterwards stops start-up instead of being run or ignored. That no profile
 * lets anyone wipe the database is {@link CleanDisabledIT}.
 */
@Tag("database")
class MigrationSafetyIT {

	private static final String HISTORY = """
			select installed_rank, version, description, type, script, checksum, installed_by, installed_on,
			       execution_time, success
			from flyway_schema_history order by installed_rank""";

	// What the application's Flyway reported; set by Recording inside the application.
	static final AtomicReference<MigrateResult> migrated = new AtomicReference<>();

	@Test
	void aSecondStartOnTheSameDatabaseAppliesNothing() {
		Map<String, Object> database = TestDatabase.newDatabase();
		List<Map<String, Object>> history;
		try (ConfigurableApplicationContext app = Applications.start(database, Recording.class)) {
			MigrateResult first = migrated.getAndSet(null);
			assertThat(first.success).isTrue();
			assertThat(first.migrationsExecuted).as("V1 to V4 at least").isGreaterThanOrEqualTo(4);
			history = history(database);
			assertThat(history).hasSizeGreaterThanOrEqualTo(first.migrationsExecuted);
		}
		try (ConfigurableApplicationContext app = Applications.start(database, Recording.class)) {
			MigrateResult second = migrated.getAndSet(null);
			assertThat(second.success).isTrue();
			assertThat(second.migrationsExecuted).isZero();
			assertThat(second.migrations).isEmpty();
			assertThat(app.getBean(Flyway.class).info().pending()).isEmpty();
		}
		assertThat(history(database)).as("flyway_schema_history after the second start").isEqualTo(history);
	}

	@Test
	void anAppliedMigrationEditedAfterwardsStopsStartUpWithAChecksumMismatch(@TempDir Path scripts)
			throws IOException {
		Map<String, Object> database = TestDatabase.newDatabase();
		Applications.start(database).close();
		List<Map<String, Object>> history = history(database);

		try (Stream<Path> files = Files.list(Path.of("db", "migration"))) {
			for (Path file : files.toList()) {
				Files.copy(file, scripts.resolve(file.getFileName()));
			}
		}
		Path seed = scripts.resolve("V2__seed_trade_talks.sql");
		String original = Files.readString(seed);
		String edited = original.replaceFirst("Geneva", "Zurich");
		assertThat(edited).isNotEqualTo(original);
		Files.writeString(seed, edited);

		Map<String, Object> properties = new HashMap<>(database);
		properties.put("spring.flyway.locations",
				"filesystem:" + scripts.toAbsolutePath() + ",classpath:db/vendor/{vendor}");
		Throwable failure = catchThrowable(() -> Applications.start(properties).close());

		assertThat(failure).as("start-up with an edited applied migration").isNotNull();
		FlywayValidateException validation = causeOfType(failure, FlywayValidateException.class);
		assertThat(validation).as("cause chain of %s", failure).isNotNull();
		assertThat(validation.getMessage()).contains("checksum mismatch for migration version 2");
		assertThat(history(database)).as("flyway_schema_history untouched").isEqualTo(history);
	}

	private static List<Map<String, Object>> history(Map<String, Object> database) {
		try (Connection connection = TestDatabase.connect(database)) {
			return new ArrayList<>(new JdbcTemplate(new SingleConnectionDataSource(connection, true)).queryForList(HISTORY));
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static <T extends Throwable> T causeOfType(Throwable failure, Class<T> type) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		return null;
	}

	/**
	 * Migrates exactly as Boot does by default, and keeps Flyway's report. Not a @Configuration, so
	 * component scanning leaves it out of other tests' applications.
	 */
	static class Recording {

		@Bean
		FlywayMigrationStrategy recordingMigration() {
			return flyway -> migrated.set(flyway.migrate());
		}

	}

}
