package org.tradeline.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.micrometer.core.instrument.Counter;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.tradeline.problem.TooManyRequestsException;

/**
 * Request budgets ({@link Limiters}): writes per token, reads per client address. Behind a proxy, set
 * server.forward-headers-strategy and server.tomcat.remoteip.internal-proxies so the client address
 * is the real one (see README). One instance limits reads in front of everything (cached answers
 * included); another, inside the security chain where the token is known, limits writes.
 */
class RateLimitFilter extends OncePerRequestFilter {

	private final HandlerExceptionResolver resolver;

	private final Limiter budgets;

	private final Counter refusals;

	private final boolean reads;

	private RateLimitFilter(Limiter budgets, Counter refusals, HandlerExceptionResolver resolver, boolean reads) {
		this.budgets = budgets;
		this.refusals = refusals;
		this.resolver = resolver;
		this.reads = reads;
	}

	static RateLimitFilter reads(Limiters limiters, HandlerExceptionResolver resolver) {
		return new RateLimitFilter(limiters.reads(), limiters.readRefusals(), resolver, true);
	}

	static RateLimitFilter writes(Limiters limiters, HandlerExceptionResolver resolver) {
		return new RateLimitFilter(limiters.writes(), limiters.writeRefusals(), resolver, false);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String method = request.getMethod();
		boolean read = "GET".equals(method) || "HEAD".equals(method);
		// CORS preflights are answered by the security chain and spend no budget.
		if (read != this.reads || "OPTIONS".equals(method)) {
			chain.doFilter(request, response);
			return;
		}
		String key;
		if (read) {
			key = request.getRemoteAddr();
		}
		else {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			if (authentication == null || !authentication.isAuthenticated()
					|| authentication instanceof AnonymousAuthenticationToken) {
				// Refused by authorization anyway.
				chain.doFilter(request, response);
				return;
			}
			key = authentication.getName();
		}
		long waitNanos = this.budgets.take(key);
		if (waitNanos > 0) {
			this.refusals.increment();
			this.resolver.resolveException(request, response, null,
					new TooManyRequestsException(Budgets.seconds(waitNanos)));
			return;
		}
		chain.doFilter(request, response);
	}

}
