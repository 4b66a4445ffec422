package org.tradeline.export;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ExportProperties.class)
class ExportConfig {

	/** Picked up by Boot's converter list, ahead of the general JSON converter. */
	@Bean
	JsonLdConverter jsonLdConverter(JsonMapper mapper) {
		return new JsonLdConverter(mapper);
	}

}
