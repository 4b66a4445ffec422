package org.tradeline.embed;

import java.time.Duration;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.accept.ContentNegotiationManager;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.AbstractResourceResolver;
import org.springframework.web.servlet.resource.ContentVersionStrategy;
import org.springframework.web.servlet.resource.ResourceResolverChain;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.VersionResourceResolver;
import org.springframework.web.servlet.resource.VersionStrategy;

/**
 * The page's stylesheet and script, as URLs relative to the page that carry a hash of the file's
 * content ({@code assets/timeline-<md5>.css}). A deploy that changes a file changes its URL, so a
 * page is never paired with another version's script from a cache, and the files can be cached for
 * a year. Relative, like the page's other links, so they work behind any path prefix.
 *
 * @param stylesheet the stylesheet's URL
 * @param script the script's URL
 */
record EmbedAssets(String stylesheet, String script) {

	private static final String PAGES = "/embed/";

	private static final String PATH = PAGES + "assets/";

	/** The current URLs, as Spring MVC's resource chain versions them. */
	static EmbedAssets resolve(ResourceUrlProvider urls) {
		return new EmbedAssets(url(urls, "timeline.css"), url(urls, "timeline.js"));
	}

	private static String url(ResourceUrlProvider urls, String file) {
		String url = urls.getForLookupPath(PATH + file);
		if (url == null) {
			throw new IllegalStateException("No embed asset " + file + " in " + Handler.LOCATION);
		}
		return url.substring(PAGES.length());
	}

	/**
	 * Serves the files under /embed/assets/ (so the embed pages' security rules apply to them) from
	 * outside static/, so no other handler serves them. Only at their versioned URLs: a URL without
	 * the hash, or with another one, is a 404 problem like any other unknown path, since a file
	 * cached for a year under a URL that stays the same would outlive the next deploy.
	 */
	@Configuration(proxyBeanMethods = false)
	static class Handler implements WebMvcConfigurer {

		static final String LOCATION = "classpath:/embed/";

		private final ObjectProvider<ResourceUrlProvider> urls;

		private final ObjectProvider<ContentNegotiationManager> negotiation;

		Handler(ObjectProvider<ResourceUrlProvider> urls,
				@Qualifier("mvcContentNegotiationManager") ObjectProvider<ContentNegotiationManager> negotiation) {
			this.urls = urls;
			this.negotiation = negotiation;
		}

		@Override
		public void addInterceptors(InterceptorRegistry registry) {
			registry.addInterceptor(new AcceptedType(this.urls, this.negotiation)).addPathPatterns(PATH + "**");
		}

		@Override
		public void addResourceHandlers(ResourceHandlerRegistry registry) {
			ContentVersionStrategy hashes = new ContentVersionStrategy();
			registry.addResourceHandler(PATH + "**")
				.addResourceLocations(LOCATION)
				.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
				// Validated with every other read by the conditional GET filter, not a second way here.
				.setUseLastModified(false)
				.resourceChain(true)
				.addResolver(new VersionedOnly(hashes))
				.addResolver(new VersionResourceResolver().addVersionStrategy(hashes, "/**"));
		}

	}

	/**
	 * A file is served only to a client that accepts its type: an Accept that excludes it (only
	 * application/xml, only problem+json) is 406 naming the type, as on every other URL, rather than
	 * the file anyway. Only at the files' current URLs: any other is the 404 problem it meets.
	 */
	private static final class AcceptedType implements HandlerInterceptor {

		private final ObjectProvider<ResourceUrlProvider> urls;

		private final ObjectProvider<ContentNegotiationManager> negotiation;

		AcceptedType(ObjectProvider<ResourceUrlProvider> urls, ObjectProvider<ContentNegotiationManager> negotiation) {
			this.urls = urls;
			this.negotiation = negotiation;
		}

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
				throws HttpMediaTypeNotAcceptableException {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			EmbedAssets current = resolve(this.urls.getObject());
			if (!path.equals(PAGES + current.stylesheet()) && !path.equals(PAGES + current.script())) {
				return true;
			}
			MediaType type = MediaTypeFactory.getMediaType(path).orElse(MediaType.APPLICATION_OCTET_STREAM);
			List<MediaType> accepted = this.negotiation.getObject().resolveMediaTypes(new ServletWebRequest(request));
			if (accepted.stream().noneMatch(type::isCompatibleWith)) {
				throw new HttpMediaTypeNotAcceptableException(List.of(type));
			}
			return true;
		}

	}

	/** Refuses a request for a file without a version in its name; the next resolver checks the version. */
	private static final class VersionedOnly extends AbstractResourceResolver {

		private final VersionStrategy versions;

		VersionedOnly(VersionStrategy versions) {
			this.versions = versions;
		}

		@Override
		protected Resource resolveResourceInternal(HttpServletRequest request, String path,
				List<? extends Resource> locations, ResourceResolverChain chain) {
			return (this.versions.extractVersion(path) != null) ? chain.resolveResource(request, path, locations) : null;
		}

		@Override
		protected String resolveUrlPathInternal(String path, List<? extends Resource> locations,
				ResourceResolverChain chain) {
			return chain.resolveUrlPath(path, locations);
		}

	}

}
