package org.tradeline.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.Filter;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.boot.web.servlet.ServletContextInitializerBeans;
import org.springframework.context.ConfigurableApplicationContext;
import org.tradeline.support.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The servlet filters as the server registers them, Boot's and Spring Security's among them. */
@ApiTest
class HttpPipelineTest {

	@Autowired
	ConfigurableApplicationContext context;

	@Test
	void everyApplicationFilterIsRegisteredOnceInThePipelinesOrder() {
		Map<Filter, String> names = new IdentityHashMap<>();
		this.context.getBeansOfType(Filter.class).forEach((name, filter) -> names.put(filter, name));
		List<String> pipeline = new ArrayList<>();
		Map<String, List<String>> paths = new HashMap<>();
		for (ServletContextInitializer initializer : new ServletContextInitializerBeans(this.context.getBeanFactory())) {
			if (initializer instanceof FilterRegistrationBean<?> registration) {
				String name = names.getOrDefault(registration.getFilter(), registration.getFilterName());
				pipeline.add(name);
				paths.put(name, List.copyOf(registration.getUrlPatterns()));
			}
			else if (initializer instanceof DelegatingFilterProxyRegistrationBean proxy) {
				pipeline.add(proxy.getFilterName());
			}
		}
		List<String> application = List.of("requestIdFilter", "databaseOutageFilter", "bodyLimitFilter",
				"requestLineFilter", "readLimitFilter", "readCacheFilter", "springSecurityFilterChain",
				"conditionalGetFilter");
		assertThat(pipeline.stream().filter(application::contains)).containsExactlyElementsOf(application);
		assertThat(pipeline.get(0)).isEqualTo("requestIdFilter");
		assertThat(paths.get("readCacheFilter")).containsExactly("/api/*", "/embed/*");
		assertThat(paths.get("conditionalGetFilter")).containsExactly("/api/*", "/embed/*");
		assertThat(paths.get("bodyLimitFilter")).isEmpty();
	}

}
