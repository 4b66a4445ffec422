package org.tradeline.export;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * tradeline.* settings of the exports and the embeddable page ({@code tradeline.export.max-events}
 * belongs to the event feature's Timeline, which enforces it).
 *
 * @param export how many whole-timeline answers may be computed and written at once
 */
@ConfigurationProperties("tradeline")
record ExportProperties(@DefaultValue Export export) {

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
