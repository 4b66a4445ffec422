package org.tradeline.security;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * tradeline.* settings of the write API.
 *
 * @param bootstrapAdminTokenSha256 hex SHA-256 of the first admin token (from the environment
 * variable TRADELINE_BOOTSTRAP_ADMIN_TOKEN_SHA256); empty means no bootstrap token
 * @param maxBodyBytes largest request body accepted, in bytes
 * @param rateLimit request budgets
 * @param cors cross-origin allow-lists
 * @param backup the whole-store backup import
 */
@ConfigurationProperties("tradeline")
record SecurityProperties(@DefaultValue("") String bootstrapAdminTokenSha256,
		@DefaultValue("65536") long maxBodyBytes, @DefaultValue RateLimit rateLimit, @DefaultValue Cors cors,
		@DefaultValue Backup backup) {

	/**
	 * @param writesPerToken writes one token may make per period
	 * @param readsPerClient reads one client address may make per period
	 * @param failedAuthenticationsPerClient requests with a bad, expired or revoked token one client
	 * address may make per period
	 * @param period the window the budgets refill over
	 * @param shared whether, on PostgreSQL, the read and write budgets are shared by every instance
	 * on the database (else each instance has its own)
	 */
	record RateLimit(@DefaultValue("6000") int writesPerToken, @DefaultValue("60000") int readsPerClient,
			@DefaultValue("600") int failedAuthenticationsPerClient, @DefaultValue("1m") Duration period,
			@DefaultValue("true") boolean shared) {
	}

	/**
	 * @param readOrigins origins allowed to read cross-origin ("*" for any)
	 * @param writeOrigins origins allowed to write cross-origin; none by default
	 */
	record Cors(@DefaultValue("*") List<String> readOrigins, @DefaultValue List<String> writeOrigins) {
	}

	/** @param maxBytes largest backup document an import accepts, in bytes (every other body keeps maxBodyBytes) */
	record Backup(@DefaultValue("67108864") long maxBytes) {
	}

}
