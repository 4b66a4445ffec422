package org.tradeline.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Only the embeddable pages may be framed, by any site (that is their purpose); everything else
 * refuses to be framed, which defeats clickjacking. Both the CSP directive and the older
 * X-Frame-Options header are sent for browsers that know only one.
 */
class FramingFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/embed/")) {
			response.setHeader("Content-Security-Policy", "frame-ancestors *");
		}
		else {
			response.setHeader("Content-Security-Policy", "frame-ancestors 'none'");
			response.setHeader("X-Frame-Options", "DENY");
		}
		chain.doFilter(request, response);
	}

}
