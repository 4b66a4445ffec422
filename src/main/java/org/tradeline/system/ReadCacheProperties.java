package org.tradeline.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The read cache in front of the API.
 * @param maxBytes what all kept answers may cost on the heap together
 * @param maxEntryBytes the largest body held in memory to be hashed or kept; larger ones stream
 * @param pollInterval how often the store change log is read for other instances' writes
 * @param changeLogRetention how long change log rows are kept; an instance further behind drops all
 */
@ConfigurationProperties("tradeline.read-cache")
public record ReadCacheProperties(@DefaultValue("64MB") DataSize maxBytes, @DefaultValue("1MB") DataSize maxEntryBytes,
		@DefaultValue("250ms") Duration pollInterval, @DefaultValue("5m") Duration changeLogRetention) {
}
