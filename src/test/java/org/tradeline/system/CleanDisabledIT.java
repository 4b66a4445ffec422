package org.tradeline.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tradeline.support.Applications;
import org.tradeline.support.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * No profile lets anyone wipe the database with Flyway's {@code clean}. Whether clean is disabled is
 * configuration, the same whatever the database, so this runs once, on the default database, and
 * starts the application once in each profile.
 */
class CleanDisabledIT {

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

}
