package org.tradeline.problem.outage;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Filters in front of Spring MVC reach the database too: the token lookup in the security chain,
 * and Last-Modified from the store revision. Failures of controllers already go to the
 * ProblemHandler; this sends a filter's failure there as well when the database is out of reach,
 * so the client gets the same 503 with Retry-After instead of the container's 500.
 */
@Component("databaseOutageFilter")
class DatabaseOutageFilter extends OncePerRequestFilter {

	private final HandlerExceptionResolver resolver;

	DatabaseOutageFilter(@Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver) {
		this.resolver = resolver;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (RuntimeException | ServletException ex) {
			if (response.isCommitted() || !DatabaseOutage.causedBy(ex)) {
				throw ex;
			}
			response.resetBuffer();
			if (this.resolver.resolveException(request, response, null, ex) == null) {
				throw ex;
			}
		}
	}

}
