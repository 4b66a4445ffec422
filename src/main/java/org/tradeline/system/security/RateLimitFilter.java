package org.tradeline.system.security;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.tradeline.system.TooManyRequestsException;

/**
 * Token buckets: writes per token, reads per client address, each refilling its budget evenly over
 * the configured period. In memory, per instance. Behind a proxy, set server.forward-headers-strategy
 * so the client address is the real one. One instance limits reads in front of everything (cached
 * answers included); another, inside the security chain where the token is known, limits writes.
 */
class RateLimitFilter extends OncePerRequestFilter {

	private static final int MAX_TRACKED = 100_000;

	private final SecurityProperties.RateLimit limits;

	private final HandlerExceptionResolver resolver;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	private final boolean reads;

	private RateLimitFilter(SecurityProperties.RateLimit limits, HandlerExceptionResolver resolver, boolean reads) {
		this.limits = limits;
		this.resolver = resolver;
		this.reads = reads;
	}

	static RateLimitFilter reads(SecurityProperties.RateLimit limits, HandlerExceptionResolver resolver) {
		return new RateLimitFilter(limits, resolver, true);
	}

	static RateLimitFilter writes(SecurityProperties.RateLimit limits, HandlerExceptionResolver resolver) {
		return new RateLimitFilter(limits, resolver, false);
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
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean authenticated = authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
		String key;
		int capacity;
		if (read) {
			key = "read:" + request.getRemoteAddr();
			capacity = this.limits.readsPerClient();
		}
		else if (authenticated) {
			key = "write:" + authentication.getName();
			capacity = this.limits.writesPerToken();
		}
		else {
			// Refused by authorization anyway.
			chain.doFilter(request, response);
			return;
		}
		if (this.buckets.size() > MAX_TRACKED) {
			this.buckets.clear();
		}
		long waitNanos = this.buckets.computeIfAbsent(key, k -> new Bucket(capacity, this.limits.period()))
			.take(System.nanoTime());
		if (waitNanos > 0) {
			long seconds = Math.max(1, Duration.ofNanos(waitNanos).toSeconds() + 1);
			this.resolver.resolveException(request, response, null, new TooManyRequestsException(seconds));
			return;
		}
		chain.doFilter(request, response);
	}

	private static final class Bucket {

		private final double capacity;

		private final double perNano;

		private double available;

		private long last;

		Bucket(int capacity, Duration period) {
			this.capacity = capacity;
			this.perNano = capacity / (double) period.toNanos();
			this.available = capacity;
			this.last = System.nanoTime();
		}

		/** Takes one request from the budget; 0 if allowed, else how long until one is available. */
		synchronized long take(long now) {
			this.available = Math.min(this.capacity, this.available + (now - this.last) * this.perNano);
			this.last = now;
			if (this.available >= 1) {
				this.available -= 1;
				return 0;
			}
			return (long) Math.ceil((1 - this.available) / this.perNano);
		}

	}

}
