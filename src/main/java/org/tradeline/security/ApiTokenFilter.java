package org.tradeline.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.tradeline.problem.TooManyRequestsException;
import org.tradeline.token.ApiTokens.TokenHolder;
import org.tradeline.token.ApiTokens;
import org.tradeline.token.Role;
import org.tradeline.token.TokenHashes;

/**
 * Authenticates "Authorization: Bearer <token>" by the SHA-256 of the token: first against the
 * bootstrap admin hash from configuration, then against the stored tokens. A request without the
 * header stays anonymous (reads are public); one with a bad, expired or revoked token gets 401 at
 * once, whatever it asks for, so a client never mistakes a dead token for anonymous access.
 * <p>
 * Each failure costs a hash and a database lookup, so failures are budgeted per client address:
 * once a client has spent its budget, a request of its that carries a token is answered 429 (with
 * Retry-After) before the token is looked at, until the budget refills.
 */
class ApiTokenFilter extends OncePerRequestFilter {

	private final ApiTokens tokens;

	private final byte[] bootstrapHash;

	private final AuthenticationEntryPoint entryPoint;

	private final Budgets failures;

	private final HandlerExceptionResolver resolver;

	ApiTokenFilter(ApiTokens tokens, String bootstrapHash, AuthenticationEntryPoint entryPoint,
			Budgets failures, HandlerExceptionResolver resolver) {
		this.tokens = tokens;
		this.failures = failures;
		this.resolver = resolver;
		this.bootstrapHash = bootstrapHash.isBlank() ? null
				: bootstrapHash.strip().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
		this.entryPoint = entryPoint;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null) {
			chain.doFilter(request, response);
			return;
		}
		String client = request.getRemoteAddr();
		long waitNanos = this.failures.waitFor(client);
		if (waitNanos > 0) {
			this.resolver.resolveException(request, response, null,
					new TooManyRequestsException(Budgets.seconds(waitNanos)));
			return;
		}
		try {
			SecurityContextHolder.getContext().setAuthentication(authenticate(header));
		}
		catch (BadCredentialsException ex) {
			this.failures.take(client);
			SecurityContextHolder.clearContext();
			this.entryPoint.commence(request, response, ex);
			return;
		}
		chain.doFilter(request, response);
	}

	private Authentication authenticate(String header) {
		if (!header.regionMatches(true, 0, "Bearer ", 0, 7) || header.substring(7).isBlank()) {
			throw new BadCredentialsException("The Authorization header must be: Bearer <token>");
		}
		String hash = TokenHashes.sha256(header.substring(7).strip());
		if (this.bootstrapHash != null
				&& MessageDigest.isEqual(this.bootstrapHash, hash.getBytes(StandardCharsets.US_ASCII))) {
			return authentication(ApiTokens.BOOTSTRAP_NAME, Role.ADMIN);
		}
		TokenHolder holder = this.tokens.holderOf(hash)
			.orElseThrow(() -> new BadCredentialsException("The token is unknown, expired or revoked"));
		return authentication(holder.name(), holder.role());
	}

	private static Authentication authentication(String name, Role role) {
		// Admins may write timeline data too.
		List<SimpleGrantedAuthority> authorities = (role == Role.ADMIN)
				? List.of(new SimpleGrantedAuthority("ROLE_ADMIN"), new SimpleGrantedAuthority("ROLE_EDITOR"))
				: List.of(new SimpleGrantedAuthority("ROLE_EDITOR"));
		return UsernamePasswordAuthenticationToken.authenticated(name, null, authorities);
	}

}
