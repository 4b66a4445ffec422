package org.tradeline.embed;

import java.time.Duration;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
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
