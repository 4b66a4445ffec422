package org.tradeline.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Flyway guards the schema: starting again on a migrated database applies nothing, an applied
 * script that was edited afterwards stops start-up instead of being run or ignored, and no profile
 * lets anyone wipe the database with {@code clean}.
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

	@Test
	void cleanIsDisabledInEveryProfile() throws IOException {
		Set<String> profiles = definedProfiles();
		assertThat(profiles).contains("default", "postgres", "synthetic");
		for (String profile : profiles) {
			Map<String, Object> properties = new HashMap<>(TestDatabase.newDatabase());
			if (!"default".equals(profile)) {
				properties.put("spring.profiles.active", profile);
			}
			// Keeps the synthetic profile's loader quick; the others ignore it.
			properties.put("tradeline.synthetic.events", "20");
			try (ConfigurableApplicationContext app = Applications.start(properties)) {
				assertThat(app.getEnvironment().getProperty("spring.flyway.clean-disabled", Boolean.class))
					.as("spring.flyway.clean-disabled in profile %s", profile)
					.isTrue();
				Flyway flyway = app.getBean(Flyway.class);
				assertThat(flyway.getConfiguration().isCleanDisabled()).as("profile %s", profile).isTrue();
				assertThatThrownBy(flyway::clean).as("clean() in profile %s", profile)
					.isInstanceOf(FlywayException.class)
					.hasMessageContaining("clean");
				assertThat(app.getBean(JdbcTemplate.class).queryForObject("select count(*) from event", Long.class))
					.as("events still there in profile %s", profile)
					.isPositive();
			}
		}
	}

	/**
	 * "default", every application-{profile} file in src/main/resources and every profile named by
	 * an {@code @Profile} in src/main/java, so a profile added later is checked too.
	 */
	private static Set<String> definedProfiles() throws IOException {
		Set<String> profiles = new TreeSet<>(Set.of("default"));
		Pattern file = Pattern.compile("application-(.+)\\.(properties|ya?ml)");
		try (Stream<Path> resources = Files.list(Path.of("src", "main", "resources"))) {
			resources.map(p -> file.matcher(p.getFileName().toString()))
				.filter(Matcher::matches)
				.forEach(m -> profiles.add(m.group(1)));
		}
		// Profiles named by @Profile, or checked when the application runs (AOT mode fixes @Profile at build time).
		Pattern annotation = Pattern.compile("(?:@Profile|matchesProfiles)\\(([^)]*)\\)");
		Pattern name = Pattern.compile("[A-Za-z0-9_.-]+");
		try (Stream<Path> sources = Files.walk(Path.of("src", "main", "java"))) {
			for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
				Matcher m = annotation.matcher(Files.readString(source));
				while (m.find()) {
					Matcher quoted = Pattern.compile("\"([^\"]*)\"").matcher(m.group(1));
					while (quoted.find()) {
						Matcher each = name.matcher(quoted.group(1));
						while (each.find()) {
							profiles.add(each.group());
						}
					}
				}
			}
		}
		return profiles;
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
