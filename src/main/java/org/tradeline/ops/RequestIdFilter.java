package org.tradeline.ops;

import java.io.IOException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id: the caller's {@code X-Request-Id} when it is short and plain (a proxy
 * or client that already has one keeps it across hops), else a new random one. The id is in the MDC
 * for every log line written while the request runs, in the response's {@code X-Request-Id}, and in
 * problem bodies ({@link RequestIdProblems}), so a user's error report finds the log lines.
 */
class RequestIdFilter extends OncePerRequestFilter {

	static final String HEADER = "X-Request-Id";

	static final String MDC_KEY = "requestId";

	static final String ATTRIBUTE = RequestIdFilter.class.getName() + ".id";

	// Anything else (long, spaces, quotes, control characters) could forge or break log lines.
	private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String id = accepted(request.getHeader(HEADER));
		request.setAttribute(ATTRIBUTE, id);
		response.setHeader(HEADER, id);
		MDC.put(MDC_KEY, id);
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove(MDC_KEY);
		}
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		// The error page runs in the same request: keep its id in the MDC for what it logs.
		return false;
	}

	static String accepted(String offered) {
		if (offered != null && ACCEPTED.matcher(offered).matches()) {
			return offered;
		}
		byte[] random = new byte[8];
		ThreadLocalRandom.current().nextBytes(random);
		return HexFormat.of().formatHex(random);
	}

	/** The current request's id, or null outside a request. */
	static String of(HttpServletRequest request) {
		return (String) request.getAttribute(ATTRIBUTE);
	}

}
