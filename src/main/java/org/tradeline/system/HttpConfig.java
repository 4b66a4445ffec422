package org.tradeline.system;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * The servlet filters around the application outside the security chain: the database-outage
 * answer, and HTTP caching of public reads (the API and the embeddable pages). Who may frame what
 * is a rule of the security filter chain (system.security.SecurityConfig), with the other security
 * headers.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HttpCacheProperties.class)
class HttpConfig {

	/** Outside every filter that touches the database (only character encoding runs earlier). */
	@Bean
	FilterRegistrationBean<DatabaseOutageFilter> databaseOutageFilter(
			@Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver) {
		FilterRegistrationBean<DatabaseOutageFilter> registration = new FilterRegistrationBean<>(
				new DatabaseOutageFilter(resolver));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
		return registration;
	}

	/**
	 * In front of the security chain (and so of the conditional-GET filter): a cached answer skips
	 * both. Only the per-client read limit runs before it.
	 */
	@Bean
	FilterRegistrationBean<ReadCacheFilter> readCacheFilter(StoreRevision revision,
			@Value("${tradeline.read-cache.max-bytes:67108864}") long maxBytes) {
		FilterRegistrationBean<ReadCacheFilter> registration = new FilterRegistrationBean<>(
				new ReadCacheFilter(revision, maxBytes));
		registration.addUrlPatterns("/api/*");
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
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

}
