package org.tradeline.web;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param publicBaseUrl where readers reach the service (e.g. {@code https://news.example/tradeline}):
 * when set, every absolute link in a feed, calendar, JSON-LD document, embed snippet or sync page
 * starts with it, whatever Host the request named; when empty they follow the request
 */
@ConfigurationProperties("tradeline")
record PublicLinkProperties(URI publicBaseUrl) {

	PublicLinkProperties {
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
