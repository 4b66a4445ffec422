package org.tradeline.cache;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * tradeline.http.*: what public reads tell shared caches.
 *
 * @param cacheMaxAge how long shared caches (a CDN, a newsroom proxy) may serve a public read
 * without asking again; conditional GETs make the revalidation after that cheap
 */
@ConfigurationProperties("tradeline.http")
public record HttpCacheProperties(@DefaultValue("60s") Duration cacheMaxAge) {
}
