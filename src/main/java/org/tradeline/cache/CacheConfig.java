package org.tradeline.cache;

import java.util.List;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.tradeline.store.StoreChanges;
import org.tradeline.store.StoreRevision;

/**
 * HTTP caching of public reads (the API and the embeddable pages): the read cache, conditional GET,
 * and the check of query parameter names the cache keys rely on. Their place among the servlet
 * filters is decided by web.HttpPipeline.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ HttpCacheProperties.class, ReadCacheProperties.class })
class CacheConfig {

	@Bean
	ReadCacheFilter readCacheFilter(StoreRevision revision, ReadRoutes routes, ReadCache cache,
			ReadCacheProperties properties) {
		return new ReadCacheFilter(revision, routes, cache, maxEntryBytes(properties));
	}

	/** Cacheable reads answered from the read cache and computed, and views reused and built, for the Prometheus scrape. */
	@Bean
	MeterBinder readCacheMeters(ReadCacheFilter filter, ReadCache cache, ViewCache views) {
		return registry -> {
			Gauge.builder("tradeline.read.cache.size", cache, ReadCache::weightedBytes)
				.baseUnit("bytes")
				.description("What the kept answers cost on the heap, estimated, against tradeline.read-cache.max-bytes")
				.register(registry);
			FunctionCounter.builder("tradeline.read.cache.requests", filter, ReadCacheFilter::hits)
				.tag("result", "hit")
				.register(registry);
			FunctionCounter.builder("tradeline.read.cache.requests", filter, ReadCacheFilter::misses)
				.tag("result", "miss")
				.register(registry);
			Gauge.builder("tradeline.view.cache.size", views, ViewCache::weightedBytes)
				.baseUnit("bytes")
				.description("What the kept views cost on the heap, estimated, against tradeline.read-cache.max-view-bytes")
				.register(registry);
			FunctionCounter.builder("tradeline.view.cache.requests", views, ViewCache::hits)
				.tag("result", "hit")
				.register(registry);
			FunctionCounter.builder("tradeline.view.cache.requests", views, ViewCache::misses)
				.tag("result", "miss")
				.register(registry);
		};
	}

	/** Kept answers, dropped by the store changes they depend on (this instance's and, polled, others'). */
	@Bean
	ReadCache readCache(ReadCacheProperties properties) {
		return new ReadCache(properties.maxBytesOrDefault());
	}

	/** Views answers are built from, dropped by the same changes as answers. */
	@Bean
	ViewCache viewCache(ReadCacheProperties properties) {
		return new ViewCache(properties.maxViewBytesOrDefault());
	}

	@Bean
	ReadRoutes readRoutes(@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mapping) {
		return new ReadRoutes(mapping);
	}

	/**
	 * Unknown query parameters are refused on the API and the embeddable pages (see
	 * QueryParameterCheck); If-Match reaches handlers as an {@link IfMatch}.
	 */
	@Bean
	WebMvcConfigurer queryParameterCheck(ReadRoutes routes, EntityTags entityTags) {
		return new WebMvcConfigurer() {

			@Override
			public void addInterceptors(InterceptorRegistry registry) {
				registry.addInterceptor(new QueryParameterCheck(routes)).addPathPatterns("/api/**", "/embed/**");
			}

			@Override
			public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
				resolvers.add(entityTags);
			}

		};
	}

	@Bean
	ConditionalGetFilter conditionalGetFilter(StoreChanges changes, HttpCacheProperties properties,
			ReadCacheProperties cache) {
		return new ConditionalGetFilter(changes, properties, maxEntryBytes(cache));
	}

	private static int maxEntryBytes(ReadCacheProperties properties) {
		return (int) Math.min(Integer.MAX_VALUE - 8, properties.maxEntryBytes().toBytes());
	}

}
