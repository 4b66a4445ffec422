package org.tradeline.cache;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The read cache in front of the API.
 * @param maxBytes what all kept answers may cost on the heap together; by default a fifth of the
 * largest heap the JVM may use, so a small instance's cache leaves its old generation room to work
 * (a fixed 64 MB filled most of a 160 MB heap and set off full collections)
 * @param maxEntryBytes the largest body held in memory to be hashed or kept; larger ones stream
 * @param maxViewBytes what all kept views (the timeline entries exports and the embed page are built
 * from, see ViewCache) may cost on the heap together; by default a tenth of the largest heap
 */
@ConfigurationProperties("tradeline.read-cache")
public record ReadCacheProperties(@Nullable DataSize maxBytes, @DefaultValue("1MB") DataSize maxEntryBytes,
		@Nullable DataSize maxViewBytes) {

	long maxBytesOrDefault() {
		return (this.maxBytes != null) ? this.maxBytes.toBytes() : Runtime.getRuntime().maxMemory() / 5;
	}

	long maxViewBytesOrDefault() {
		return (this.maxViewBytes != null) ? this.maxViewBytes.toBytes() : Runtime.getRuntime().maxMemory() / 10;
	}

}
