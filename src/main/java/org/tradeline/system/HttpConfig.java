package org.tradeline.system;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** HTTP caching of public reads (the API and the embeddable pages), and who may frame what. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HttpCacheProperties.class)
class HttpConfig {

	/** Outside the conditional-GET filter, so a cached answer skips hashing; inside security. */
	@Bean
	FilterRegistrationBean<ReadCacheFilter> readCacheFilter(StoreRevision revision,
			@Value("${tradeline.read-cache.max-bytes:67108864}") long maxBytes) {
		FilterRegistrationBean<ReadCacheFilter> registration = new FilterRegistrationBean<>(
				new ReadCacheFilter(revision, maxBytes));
		registration.addUrlPatterns("/api/*");
		registration.setOrder(-1);
		return registration;
	}

	@Bean
	FilterRegistrationBean<ConditionalGetFilter> conditionalGetFilter(StoreChanges changes,
			HttpCacheProperties properties) {
		FilterRegistrationBean<ConditionalGetFilter> registration = new FilterRegistrationBean<>(
				new ConditionalGetFilter(changes, properties));
		registration.addUrlPatterns("/api/*", "/embed/*");
		// Inside any security filters, so a 401/403 is never cached and their headers stay theirs.
		registration.setOrder(0);
		return registration;
	}

	@Bean
	FilterRegistrationBean<FramingFilter> framingFilter() {
		FilterRegistrationBean<FramingFilter> registration = new FilterRegistrationBean<>(new FramingFilter());
		// Before the read cache, which answers without calling what comes after it.
		registration.setOrder(-2);
		return registration;
	}

}
