package org.tradeline.cache;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The read cache in front of the API.
 * @param maxBytes what all kept answers may cost on the heap together
 * @param maxEntryBytes the largest body held in memory to be hashed or kept; larger ones stream
 */
@ConfigurationProperties("tradeline.read-cache")
public record ReadCacheProperties(@DefaultValue("64MB") DataSize maxBytes, @DefaultValue("1MB") DataSize maxEntryBytes) {
}
