package org.tradeline.store;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How this instance follows the store change log.
 * @param pollInterval how often the log is read for other instances' writes
 * @param changeLogRetention how long log rows are kept; an instance further behind drops all its caches
 */
@ConfigurationProperties("tradeline.store")
public record StoreProperties(@DefaultValue("250ms") Duration pollInterval,
		@DefaultValue("5m") Duration changeLogRetention) {
}
