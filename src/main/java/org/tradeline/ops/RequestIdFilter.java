package org.tradeline.ops;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id ({@link RequestIds}). The id is in the MDC for every log line written
 * while the request runs, in the response's {@code X-Request-Id}, and in problem bodies
 * ({@link RequestIdProblems}), so a user's error report finds the log lines.
 */
class RequestIdFilter extends OncePerRequestFilter {

	static final String HEADER = RequestIds.HEADER;

	static final String MDC_KEY = "requestId";

	static final String ATTRIBUTE = RequestIdFilter.class.getName() + ".id";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String id = RequestIds.accepted(request.getHeader(HEADER));
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

	/** The current request's id, or null outside a request. */
	static String of(HttpServletRequest request) {
		return (String) request.getAttribute(ATTRIBUTE);
	}

}
