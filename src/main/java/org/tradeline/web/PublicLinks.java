package org.tradeline.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The start of every absolute link the service writes (feeds, calendars, JSON-LD, the embed snippet,
 * a sync's next page): {@code tradeline.public-base-url} when configured, so that a forged or
 * internal Host header can never end up in a newsroom's calendar or a mirror's cursor; otherwise the
 * request's own scheme, host and context path.
 */
@Component
@EnableConfigurationProperties(PublicLinks.Properties.class)
public class PublicLinks {

	private final String configured;

	PublicLinks(Properties properties) {
		this.configured = (properties.publicBaseUrl() != null) ? stripTrailingSlash(properties.publicBaseUrl().toString())
				: null;
	}

	/** The base URL without a trailing slash; append paths starting with "/". */
	public String baseUrl() {
		return (this.configured != null) ? this.configured
				: ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

	/** A builder for an absolute link to a path of this service. */
	public UriComponentsBuilder link(String path) {
		return UriComponentsBuilder.fromUriString(baseUrl()).path(path);
	}

	/** The absolute URL of the current request, query included, under the base URL. */
	public String currentRequest() {
		return currentPath(currentServletRequest().getQueryString());
	}

	/** The absolute URL of the current request's path with this query (none when null), under the base URL. */
	public String currentPath(String query) {
		HttpServletRequest request = currentServletRequest();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return baseUrl() + path + ((query != null) ? "?" + query : "");
	}

	private static HttpServletRequest currentServletRequest() {
		return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
	}

	private static String stripTrailingSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	/**
	 * @param publicBaseUrl where readers reach the service (e.g. {@code https://news.example/tradeline}):
	 * when set, every absolute link in a feed, calendar, JSON-LD document, embed snippet or sync page
	 * starts with it, whatever Host the request named; when empty they follow the request
	 */
	@ConfigurationProperties("tradeline")
	record Properties(URI publicBaseUrl) {

		Properties {
			if (publicBaseUrl != null && publicBaseUrl.toString().isBlank()) {
				publicBaseUrl = null;
			}
			if (publicBaseUrl != null && (!publicBaseUrl.isAbsolute() || publicBaseUrl.getHost() == null
					|| !(publicBaseUrl.getScheme().equals("https") || publicBaseUrl.getScheme().equals("http"))
					|| publicBaseUrl.getRawQuery() != null || publicBaseUrl.getRawFragment() != null)) {
				throw new IllegalArgumentException("tradeline.public-base-url must be an absolute http(s) URL without "
						+ "query or fragment, e.g. https://news.example/tradeline; was " + publicBaseUrl);
			}
		}

	}

}
