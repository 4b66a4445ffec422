package org.tradeline.ops;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The one rule for a request's id, for {@link RequestIdFilter} and for answers written before any
 * filter runs (the container's own refusals): the caller's {@code X-Request-Id} when it is short and
 * plain (a proxy or client that already has one keeps it across hops), else a new random one.
 */
public final class RequestIds {

	/** The request and response header that carries the id. */
	public static final String HEADER = "X-Request-Id";

	// Anything else (long, spaces, quotes, control characters) could forge or break log lines.
	private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

	private RequestIds() {
	}

	/** The offered id if it is 1 to 64 letters, digits, '.', '_', ':' or '-'; else 16 random hex digits. */
	public static String accepted(String offered) {
		if (offered != null && ACCEPTED.matcher(offered).matches()) {
			return offered;
		}
		byte[] random = new byte[8];
		ThreadLocalRandom.current().nextBytes(random);
		return HexFormat.of().formatHex(random);
	}

}
