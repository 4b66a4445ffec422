package org.tradeline.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.DefaultCorsProcessor;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.tradeline.problem.CrossOriginDeniedException;

/** Spring's CORS checks, with a refusal answered as a 403 problem instead of a bare text body. */
final class ProblemCorsProcessor extends DefaultCorsProcessor {

	private final HandlerExceptionResolver resolver;

	ProblemCorsProcessor(HandlerExceptionResolver resolver) {
		this.resolver = resolver;
	}

	@Override
	public boolean processRequest(CorsConfiguration config, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		if (super.processRequest(config, request, response)) {
			return true;
		}
		this.resolver.resolveException(request, response, null, new CrossOriginDeniedException());
		return false;
	}

	@Override
	protected void rejectRequest(ServerHttpResponse response) {
		// processRequest answers the refusal.
	}

}
