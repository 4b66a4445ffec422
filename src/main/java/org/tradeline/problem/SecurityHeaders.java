package org.tradeline.problem;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers of the API's answers, as values: the security chain writes them
 * (security.SecurityConfig), and so does every answer written where that chain's header writer never
 * runs: the container's own refusals ({@link ContainerErrorReport}) and the firewall's (a 405 for
 * TRACE, a 400 for a semicolon in the path). A problem needs them as much as a success does.
 */
public final class SecurityHeaders {

	/** The API's Content-Security-Policy: nothing from elsewhere, and framed by no site. */
	public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
			+ "style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

	// As the security chain writes them for the API (its defaults, the frame and referrer policies it sets).
	private static final Map<String, String> STRICT = Map.of("X-Content-Type-Options", "nosniff",
			"X-XSS-Protection", "0", "X-Frame-Options", "DENY", "Content-Security-Policy", CONTENT_SECURITY_POLICY,
			"Referrer-Policy", "no-referrer");

	private SecurityHeaders() {
	}

	/**
	 * Sets each strict header the answer does not carry yet: where the security chain ran, its own
	 * (an embed page's policy) stay.
	 */
	public static void addMissing(HttpServletResponse response) {
		STRICT.forEach((name, value) -> {
			if (!response.containsHeader(name)) {
				response.setHeader(name, value);
			}
		});
	}

}
