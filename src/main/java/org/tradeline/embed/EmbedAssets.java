package org.tradeline.embed;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.VersionResourceResolver;

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
	 * outside static/, so no other handler serves them unversioned. A URL whose hash does not match
	 * the file is a 404 problem like any other unknown path.
	 */
	@Configuration(proxyBeanMethods = false)
	static class Handler implements WebMvcConfigurer {

		static final String LOCATION = "classpath:/embed/";

		@Override
		public void addResourceHandlers(ResourceHandlerRegistry registry) {
			registry.addResourceHandler(PATH + "**")
				.addResourceLocations(LOCATION)
				.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
				.resourceChain(true)
				.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
		}

	}

}
