package org.tradeline.web;

import java.util.List;

import jakarta.servlet.Filter;

import org.springframework.beans.factory.BeanRegistrar;
import org.springframework.beans.factory.BeanRegistry;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Every servlet filter of the application, in the order a request meets them. Each feature builds
 * its own filter as a bean; only the order and the paths are decided here, by name, so the
 * pipeline reads in one place. Boot's own filters sit between them: character encoding first,
 * the server observation right after the request id, form content at -9900, the request context
 * at -105.
 */
@Configuration(proxyBeanMethods = false)
@Import(HttpPipeline.Registrations.class)
class HttpPipeline {

	/** Spring Security's chain (token authentication, CORS, write limits, security headers): see security.SecurityConfig. */
	static final int SECURITY_CHAIN = SecurityFilterProperties.DEFAULT_FILTER_ORDER;

	/** First, so everything after it (refusals included) logs and answers with the request id. */
	static final int REQUEST_ID = Ordered.HIGHEST_PRECEDENCE;

	/** Outside every filter that touches the database: its loss becomes 503 problem+json. */
	static final int DATABASE_OUTAGE = REQUEST_ID + 1;

	/** Ahead of everything that could read a body (form content, the security chain). */
	static final int BODY_LIMIT = DATABASE_OUTAGE + 1;

	/** Bad or repeated query parameters and an unparsable Accept, before the read limit and cache key on them. */
	static final int REQUEST_LINE = SECURITY_CHAIN - 3;

	/** Reads limited per client before the cache, so cached answers count too. */
	static final int READ_LIMIT = SECURITY_CHAIN - 2;

	/** In front of the security chain: a cached public answer skips it and everything after. */
	static final int READ_CACHE = SECURITY_CHAIN - 1;

	/** Inside the security chain, so a 401/403 is never given cache headers and its headers stay its own. */
	static final int CONDITIONAL_GET = 0;

	/** The public reads that are cached and validated. */
	private static final String[] READS = { "/api/*", "/embed/*" };

	/**
	 * The pipeline, in order: each filter bean by name with its place, and the paths it serves
	 * (none: every path). Each becomes a registration bean named after its filter.
	 */
	static final List<Stage> STAGES = List.of(
			new Stage("requestIdFilter", REQUEST_ID),
			new Stage("databaseOutageFilter", DATABASE_OUTAGE),
			new Stage("bodyLimitFilter", BODY_LIMIT),
			new Stage("requestLineFilter", REQUEST_LINE),
			new Stage("readLimitFilter", READ_LIMIT),
			new Stage("readCacheFilter", READ_CACHE, READS),
			new Stage("conditionalGetFilter", CONDITIONAL_GET, READS));

	record Stage(String filter, int order, String... paths) {

		FilterRegistrationBean<Filter> registration(Filter bean) {
			FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(bean);
			registration.setOrder(this.order);
			if (this.paths.length > 0) {
				registration.addUrlPatterns(this.paths);
			}
			return registration;
		}

	}

	/** One registration bean a stage; a registration also keeps Boot from adding the filter a second time. */
	static final class Registrations implements BeanRegistrar {

		@Override
		public void register(BeanRegistry registry, Environment env) {
			for (Stage stage : STAGES) {
				registry.registerBean(stage.filter() + "Registration", FilterRegistrationBean.class, (spec) -> spec
					.supplier((context) -> stage.registration(context.bean(stage.filter(), Filter.class))));
			}
		}

	}

}
