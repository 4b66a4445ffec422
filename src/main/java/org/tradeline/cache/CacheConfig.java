package org.tradeline.cache;

import java.util.List;
import java.util.function.ToDoubleFunction;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.tradeline.cache.etag.IfMatch;
import org.tradeline.cache.etag.EntityTags;
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
			ReadCacheProperties properties, HttpFirewall firewall) {
		return new ReadCacheFilter(revision, routes, cache, maxEntryBytes(properties), firewall);
	}

	/** Cacheable reads answered from the read cache and computed, and views reused and built, for the Prometheus scrape. */
	@Bean
	MeterBinder readCacheMeters(ReadCacheFilter filter, ReadCache cache, ViewCache views) {
		return registry -> {
			cacheMeters(registry, "tradeline.read.cache",
					"What the kept answers cost on the heap, estimated, against tradeline.read-cache.max-bytes", cache,
					ReadCache::weightedBytes, filter, ReadCacheFilter::hits, ReadCacheFilter::misses);
			cacheMeters(registry, "tradeline.view.cache",
					"What the kept views cost on the heap, estimated, against tradeline.read-cache.max-view-bytes", views,
					ViewCache::weightedBytes, views, ViewCache::hits, ViewCache::misses);
		};
	}

	/** A cache's size gauge and its requests counter, by result. */
	private static <C, R> void cacheMeters(MeterRegistry registry, String name, String sizeDescription, C cache,
			ToDoubleFunction<C> size, R requests, ToDoubleFunction<R> hits, ToDoubleFunction<R> misses) {
		Gauge.builder(name + ".size", cache, size).baseUnit("bytes").description(sizeDescription).register(registry);
		FunctionCounter.builder(name + ".requests", requests, hits).tag("result", "hit").register(registry);
		FunctionCounter.builder(name + ".requests", requests, misses).tag("result", "miss").register(registry);
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
	 * QueryParameterCheck); If-Match reaches handlers as an {@link IfMatch}, or is judged before one
	 * that takes none ({@link EntityTags}).
	 */
	@Bean
	WebMvcConfigurer queryParameterCheck(ReadRoutes routes, EntityTags entityTags) {
		return new WebMvcConfigurer() {

			@Override
			public void addInterceptors(InterceptorRegistry registry) {
				registry.addInterceptor(new QueryParameterCheck(routes)).addPathPatterns("/api/**", "/embed/**");
				registry.addInterceptor(entityTags).addPathPatterns("/api/**");
			}

			@Override
			public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
				resolvers.add(entityTags);
			}

		};
	}

	@Bean
	ConditionalGetFilter conditionalGetFilter(StoreChanges changes, HttpCacheProperties properties,
			ReadCacheProperties cacheProperties, @Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver,
			ReadCache cache) {
		return new ConditionalGetFilter(changes, properties, maxEntryBytes(cacheProperties), resolver, cache);
	}

	private static int maxEntryBytes(ReadCacheProperties properties) {
		return (int) Math.min(Integer.MAX_VALUE - 8, properties.maxEntryBytes().toBytes());
	}

}
