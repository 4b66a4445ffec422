package org.tradeline.export;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * tradeline.* settings of the exports and the embeddable page ({@code tradeline.export.max-events}
 * belongs to the event feature's Timeline, which enforces it).
 *
 * @param publicBaseUrl where readers reach the service (e.g. {@code https://news.example/tradeline}):
 * when set, every absolute link in a feed, calendar, JSON-LD document or embed snippet starts with
 * it, whatever Host the request named; when empty they follow the request
 * @param export how many whole-timeline answers may be computed and written at once
 */
@ConfigurationProperties("tradeline")
record ExportProperties(URI publicBaseUrl, @DefaultValue Export export) {

	ExportProperties {
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

	/**
	 * @param concurrency whole-timeline exports and embed pages served at once; one more is answered
	 * 503 with Retry-After at once rather than queued behind the others
	 * @param retryAfter what that 503 tells the client to wait
	 */
	record Export(@DefaultValue("4") int concurrency, @DefaultValue("5s") Duration retryAfter) {

		Export {
			if (concurrency < 1) {
				throw new IllegalArgumentException("tradeline.export.concurrency must be at least 1");
			}
		}

	}

}
