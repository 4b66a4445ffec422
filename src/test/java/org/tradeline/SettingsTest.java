package org.tradeline;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every tradeline.* setting is a component of a feature's *Properties record, described and
 * defaulted there; the configuration processor turns those into metadata. A key the properties
 * files set that the metadata does not know is a typo or a dead setting, and a key set to its own
 * default states that default a second time.
 */
class SettingsTest {

	private static final List<String> FILES = List.of("application.properties", "application-postgres.properties",
			"config/application.properties");

	@Test
	void everyTradelineKeyThePropertiesFilesSetIsASetting() throws IOException {
		Map<String, JsonNode> settings = settings();
		Map<String, String> set = tradelineKeysSet(FILES);
		assertThat(set).as("tradeline.* keys the properties files set").isNotEmpty();
		assertThat(settings.keySet()).as("settings the *Properties records declare").containsAll(set.keySet());
	}

	@Test
	void theApplicationPropertiesDepartFromDefaultsOnly() throws IOException {
		Map<String, JsonNode> settings = settings();
		tradelineKeysSet(List.of("application.properties", "application-postgres.properties"))
			.forEach((key, value) -> assertThat(value).as("%s restates its default; the record states it", key)
				.isNotEqualTo(settings.get(key).path("defaultValue").asString(null)));
	}

	@Test
	void everySettingIsDescribed() throws IOException {
		settings().forEach((key, setting) -> assertThat(setting.path("description").asString(""))
			.as("description of %s (a @param of its record component)", key)
			.isNotBlank());
	}

	@Test
	void theSettingsKnowTheirDefaults() throws IOException {
		Map<String, JsonNode> settings = settings();
		assertThat(settings.get("tradeline.export.max-events").path("defaultValue").asInt()).isEqualTo(10000);
		assertThat(settings.get("tradeline.database.retry-after").path("defaultValue").asString()).isEqualTo("5s");
		assertThat(settings.get("tradeline.synthetic.events").path("defaultValue").asInt()).isEqualTo(10000);
	}

	/** The operator's documented environment variables bind without a placeholder in application.properties. */
	@Test
	void environmentVariablesBindToTheSettings() {
		Map<String, Object> environment = Map.of("TRADELINE_BOOTSTRAP_ADMIN_TOKEN_SHA256", "ab12",
				"TRADELINE_PUBLIC_BASE_URL", "https://news.example/tradeline", "TRADELINE_EXPORT_RETRY_AFTER", "7s",
				"TRADELINE_EXPORT_MAX_EVENTS", "500", "TRADELINE_DATABASE_RETRY_AFTER", "9s");
		Binder binder = new Binder(ConfigurationPropertySources.from(new SystemEnvironmentPropertySource(
				StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environment)));
		assertThat(binder.bind("tradeline.bootstrap-admin-token-sha256", String.class).get()).isEqualTo("ab12");
		assertThat(binder.bind("tradeline.public-base-url", String.class).get())
			.isEqualTo("https://news.example/tradeline");
		assertThat(binder.bind("tradeline.export.retry-after", Duration.class).get()).isEqualTo(Duration.ofSeconds(7));
		assertThat(binder.bind("tradeline.export.max-events", Integer.class).get()).isEqualTo(500);
		assertThat(binder.bind("tradeline.database.retry-after", Duration.class).get())
			.isEqualTo(Duration.ofSeconds(9));
	}

	/** The tradeline.* settings in the generated metadata, by name. */
	private static Map<String, JsonNode> settings() throws IOException {
		Map<String, JsonNode> settings = new LinkedHashMap<>();
		List<URL> files = Collections.list(
				SettingsTest.class.getClassLoader().getResources("META-INF/spring-configuration-metadata.json"));
		for (URL file : files) {
			try (InputStream in = file.openStream()) {
				JsonNode metadata = JsonMapper.shared().readTree(in);
				metadata.path("properties").forEach(property -> {
					if (property.path("name").asString().startsWith("tradeline.")) {
						settings.put(property.path("name").asString(), property);
					}
				});
			}
		}
		assertThat(settings).as("tradeline.* settings in the configuration metadata").isNotEmpty();
		return settings;
	}

	/** tradeline.* keys these classpath properties files set, without list indexes, with their values. */
	private static Map<String, String> tradelineKeysSet(List<String> names) throws IOException {
		Map<String, String> set = new LinkedHashMap<>();
		List<String> missing = new ArrayList<>();
		for (String name : names) {
			try (InputStream in = SettingsTest.class.getClassLoader().getResourceAsStream(name)) {
				if (in == null) {
					missing.add(name);
					continue;
				}
				Properties properties = new Properties();
				properties.load(in);
				properties.stringPropertyNames()
					.stream()
					.filter(key -> key.startsWith("tradeline."))
					.forEach(key -> set.put(key.replaceAll("\\[\\d+]$", ""), properties.getProperty(key)));
			}
		}
		assertThat(missing).as("properties files not found").isEmpty();
		return set;
	}

}
