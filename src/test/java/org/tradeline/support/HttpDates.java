package org.tradeline.support;

import java.time.Instant;

import org.springframework.http.HttpHeaders;

/** HTTP dates have whole seconds: tests that compare them wait for the clock and read them so. */
public final class HttpDates {

	private HttpDates() {
	}

	/** Waits on the clock until a second after the one of this instant has begun. */
	public static void afterTheSecondOf(Instant at) throws InterruptedException {
		while (Instant.now().getEpochSecond() <= at.getEpochSecond()) {
			Thread.sleep(20);
		}
	}

	/** The epoch second an HTTP date (as Last-Modified carries it) names. */
	public static long secondOf(String httpDate) {
		HttpHeaders headers = new HttpHeaders();
		headers.set(HttpHeaders.LAST_MODIFIED, httpDate);
		return headers.getLastModified() / 1000;
	}

}
