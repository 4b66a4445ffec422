package org.tradeline.system.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.tradeline.system.PayloadTooLargeException;

/**
 * Caps request bodies: a declared Content-Length over the cap is refused before anything is read;
 * a chunked body fails with the same 413 once it passes the cap while being read. Requests the
 * {@code larger} matcher selects (a backup import) have a cap of their own.
 */
class BodyLimitFilter extends OncePerRequestFilter {

	private final long maxBytes;

	private final RequestMatcher larger;

	private final long largerMaxBytes;

	private final HandlerExceptionResolver resolver;

	BodyLimitFilter(long maxBytes, RequestMatcher larger, long largerMaxBytes, HandlerExceptionResolver resolver) {
		this.maxBytes = maxBytes;
		this.larger = larger;
		this.largerMaxBytes = largerMaxBytes;
		this.resolver = resolver;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long max = this.larger.matches(request) ? this.largerMaxBytes : this.maxBytes;
		if (request.getContentLengthLong() > max) {
			this.resolver.resolveException(request, response, null, new PayloadTooLargeException(max));
			return;
		}
		chain.doFilter(new Limited(request, max), response);
	}

	private static final class Limited extends HttpServletRequestWrapper {

		private final long maxBytes;

		private ServletInputStream stream;

		Limited(HttpServletRequest request, long maxBytes) {
			super(request);
			this.maxBytes = maxBytes;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.stream == null) {
				ServletInputStream in = super.getInputStream();
				this.stream = new ServletInputStream() {

					private long count;

					@Override
					public int read() throws IOException {
						int b = in.read();
						if (b >= 0 && ++this.count > Limited.this.maxBytes) {
							throw new PayloadTooLargeException(Limited.this.maxBytes);
						}
						return b;
					}

					@Override
					public int read(byte[] buffer, int offset, int length) throws IOException {
						int n = in.read(buffer, offset, length);
						if (n > 0 && (this.count += n) > Limited.this.maxBytes) {
							throw new PayloadTooLargeException(Limited.this.maxBytes);
						}
						return n;
					}

					@Override
					public boolean isFinished() {
						return in.isFinished();
					}

					@Override
					public boolean isReady() {
						return in.isReady();
					}

					@Override
					public void setReadListener(ReadListener listener) {
						in.setReadListener(listener);
					}

				};
			}
			return this.stream;
		}

	}

}
