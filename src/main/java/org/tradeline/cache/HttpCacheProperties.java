package org.tradeline.cache;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long shared caches (a CDN, a newsroom proxy) may serve a public read without asking again.
 * Conditional GETs make the revalidation after that cheap.
 */
@ConfigurationProperties("tradeline.http")
public record HttpCacheProperties(@DefaultValue("60s") Duration cacheMaxAge) {
}
