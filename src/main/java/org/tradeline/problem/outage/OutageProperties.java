package org.tradeline.problem.outage;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * tradeline.database.*: how requests are answered while the database is out of reach.
 *
 * @param retryAfter what the 503 answered then tells the client to wait (Retry-After, at least 1 s)
 */
@ConfigurationProperties("tradeline.database")
public record OutageProperties(@DefaultValue("5s") Duration retryAfter) {
}
