package org.tradeline.system;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The servlet filters around the application outside the security chain: the database-outage
 * answer, and HTTP caching of public reads (the API and the embeddable pages), with the check of
 * query parameter names the cache keys rely on. Who may frame what
 * is a rule of the security filter chain (system.security.SecurityConfig), with the other security
 * headers.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ HttpCacheProperties.class, ReadCacheProperties.class })
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
	FilterRegistrationBean<ReadCacheFilter> readCacheFilter(StoreRevision revision, ReadRoutes routes,
			ReadCache cache, ReadCacheProperties properties) {
		FilterRegistrationBean<ReadCacheFilter> registration = new FilterRegistrationBean<>(
				new ReadCacheFilter(revision, routes, cache, maxEntryBytes(properties)));
		registration.addUrlPatterns("/api/*", "/embed/*");
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
		return registration;
	}

	/** Cacheable reads answered from the read cache and computed, for the Prometheus scrape. */
	@Bean
	MeterBinder readCacheMeters(FilterRegistrationBean<ReadCacheFilter> readCacheFilter) {
		ReadCacheFilter filter = readCacheFilter.getFilter();
		return registry -> {
			FunctionCounter.builder("tradeline.read.cache.requests", filter, ReadCacheFilter::hits)
				.tag("result", "hit")
				.register(registry);
			FunctionCounter.builder("tradeline.read.cache.requests", filter, ReadCacheFilter::misses)
				.tag("result", "miss")
				.register(registry);
		};
	}

	/** Kept answers, dropped by the store changes they depend on (this instance's and, polled, others'). */
	@Bean
	ReadCache readCache(ReadCacheProperties properties) {
		return new ReadCache(properties.maxBytes().toBytes());
	}

	@Bean
	ReadRoutes readRoutes(@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mapping) {
		return new ReadRoutes(mapping);
	}

	/** Unknown query parameters are refused on the API and the embeddable pages; see QueryParameterCheck. */
	@Bean
	WebMvcConfigurer queryParameterCheck(ReadRoutes routes) {
		return new WebMvcConfigurer() {

			@Override
			public void addInterceptors(InterceptorRegistry registry) {
				registry.addInterceptor(new QueryParameterCheck(routes)).addPathPatterns("/api/**", "/embed/**");
			}

		};
	}

	@Bean
	FilterRegistrationBean<ConditionalGetFilter> conditionalGetFilter(StoreChanges changes,
			HttpCacheProperties properties, ReadCacheProperties cache) {
		FilterRegistrationBean<ConditionalGetFilter> registration = new FilterRegistrationBean<>(
				new ConditionalGetFilter(changes, properties, maxEntryBytes(cache)));
		registration.addUrlPatterns("/api/*", "/embed/*");
		// Inside any security filters, so a 401/403 is never cached and their headers stay theirs.
		registration.setOrder(0);
		return registration;
	}

	private static int maxEntryBytes(ReadCacheProperties properties) {
		return (int) Math.min(Integer.MAX_VALUE - 8, properties.maxEntryBytes().toBytes());
	}

}
