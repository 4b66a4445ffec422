package org.tradeline.web;

import jakarta.servlet.Filter;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Every servlet filter of the application, in the order a request meets them. Each feature builds
 * its own filter as a bean; only the order and the paths are decided here, by name, so the
 * pipeline reads in one place. Boot's own filters sit between them: character encoding first,
 * the server observation right after the request id, form content at -9900, the request context
 * at -105.
 */
@Configuration(proxyBeanMethods = false)
class HttpPipeline {

	/** Spring Security's chain (token authentication, CORS, write limits, security headers): see security.SecurityConfig. */
	static final int SECURITY_CHAIN = SecurityFilterProperties.DEFAULT_FILTER_ORDER;

	/** First, so everything after it (refusals included) logs and answers with the request id. */
	static final int REQUEST_ID = Ordered.HIGHEST_PRECEDENCE;

	/** Outside every filter that touches the database: its loss becomes 503 problem+json. */
	static final int DATABASE_OUTAGE = REQUEST_ID + 1;

	/** Ahead of everything that could read a body (form content, the security chain). */
	static final int BODY_LIMIT = DATABASE_OUTAGE + 1;

	/** Bad characters in the query and an unparsable Accept, before the read limit and cache key on them. */
	static final int REQUEST_LINE = SECURITY_CHAIN - 3;

	/** Reads limited per client before the cache, so cached answers count too. */
	static final int READ_LIMIT = SECURITY_CHAIN - 2;

	/** In front of the security chain: a cached public answer skips it and everything after. */
	static final int READ_CACHE = SECURITY_CHAIN - 1;

	/** Inside the security chain, so a 401/403 is never given cache headers and its headers stay its own. */
	static final int CONDITIONAL_GET = 0;

	/** The public reads that are cached and validated. */
	private static final String[] READS = { "/api/*", "/embed/*" };

	@Bean
	FilterRegistrationBean<Filter> requestIdRegistration(@Qualifier("requestIdFilter") Filter filter) {
		return registration(filter, REQUEST_ID);
	}

	@Bean
	FilterRegistrationBean<Filter> databaseOutageRegistration(@Qualifier("databaseOutageFilter") Filter filter) {
		return registration(filter, DATABASE_OUTAGE);
	}

	@Bean
	FilterRegistrationBean<Filter> bodyLimitRegistration(@Qualifier("bodyLimitFilter") Filter filter) {
		return registration(filter, BODY_LIMIT);
	}

	@Bean
	FilterRegistrationBean<Filter> requestLineRegistration(@Qualifier("requestLineFilter") Filter filter) {
		return registration(filter, REQUEST_LINE);
	}

	@Bean
	FilterRegistrationBean<Filter> readLimitRegistration(@Qualifier("readLimitFilter") Filter filter) {
		return registration(filter, READ_LIMIT);
	}

	@Bean
	FilterRegistrationBean<Filter> readCacheRegistration(@Qualifier("readCacheFilter") Filter filter) {
		return registration(filter, READ_CACHE, READS);
	}

	@Bean
	FilterRegistrationBean<Filter> conditionalGetRegistration(@Qualifier("conditionalGetFilter") Filter filter) {
		return registration(filter, CONDITIONAL_GET, READS);
	}

	private static FilterRegistrationBean<Filter> registration(Filter filter, int order, String... paths) {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(order);
		if (paths.length > 0) {
			registration.addUrlPatterns(paths);
		}
		return registration;
	}

}
