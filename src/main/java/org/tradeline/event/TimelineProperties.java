package org.tradeline.event;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The cap on whole-timeline answers, enforced by {@link Timeline}. Named among the export settings
 * (tradeline.export.*) because exports and the embed page are what it bounds.
 *
 * @param maxEvents most events one export or embed page may hold; a filter matching more is refused
 * with 400 rather than silently cut short
 */
@ConfigurationProperties("tradeline.export")
record TimelineProperties(@DefaultValue("10000") int maxEvents) {

	TimelineProperties {
		if (maxEvents < 1) {
			throw new IllegalArgumentException("tradeline.export.max-events must be at least 1");
		}
	}

}
