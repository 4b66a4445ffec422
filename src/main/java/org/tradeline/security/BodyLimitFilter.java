package org.tradeline.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.tradeline.problem.BodyCharsetException;
import org.tradeline.problem.Excerpt;
import org.tradeline.problem.PayloadTooLargeException;

/**
 * Caps request bodies, as the first filter that could touch one (before authentication, the read
 * limit, the cache and everything else): a declared Content-Length over the cap is refused before
 * anything is read; a chunked body fails with the same 413 once it passes the cap while being read,
 * through the stream or the reader. Requests the {@code larger} matcher selects (a backup import)
 * have a cap of their own. Nothing before it reads a body: Spring's form-content filter is off and
 * the container parses no body into request parameters (ContainerConfig), so a form body is read by
 * nobody unless a handler reads it, through this cap. A refusal closes the connection, so the rest
 * of a body that was never wanted is not read either; the unread body of a request answered
 * otherwise is discarded by the container, up to its max-swallow-size, without being kept.
 * <p>
 * Every body is JSON, read as UTF-8 (JSON's only charset) and held to it as it is read
 * ({@link Utf8Check}): a malformed one fails with a 400 where it breaks, and one labelled with
 * another charset with a 415 when it is first read ({@link BodyCharsetException}). A body in a content
 * coding ({@link ContentCoding}), or labelled with a charset Java does not know, is refused with a
 * 415 before any of it is read.
 */
class BodyLimitFilter extends OncePerRequestFilter {

	private final Caps caps;

	private final HandlerExceptionResolver resolver;

	BodyLimitFilter(Caps caps, HandlerExceptionResolver resolver) {
		this.caps = caps;
		this.resolver = resolver;
	}

	/**
	 * The caps on request bodies: {@code maxBytes} for every request but those {@code larger} selects,
	 * which may send up to {@code largerMaxBytes}.
	 */
	record Caps(long maxBytes, RequestMatcher larger, long largerMaxBytes) {

		long of(HttpServletRequest request) {
			return this.larger.matches(request) ? this.largerMaxBytes : this.maxBytes;
		}

	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long max = this.caps.of(request);
		if (request.getContentLengthLong() > max) {
			refuse(request, response, new PayloadTooLargeException(max));
			return;
		}
		if (hasBody(request)) {
			Exception unreadable = ContentCoding.refusal(request);
			if (unreadable == null) {
				unreadable = unknownCharset(request.getContentType());
			}
			if (unreadable != null) {
				refuse(request, response, unreadable);
				return;
			}
		}
		chain.doFilter(new Limited(request, max), response);
	}

	/** A body follows the head: a length above zero, or one the transfer coding (chunked) leaves open. */
	private static boolean hasBody(HttpServletRequest request) {
		return request.getContentLengthLong() > 0 || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
	}

	/**
	 * A Content-Type whose charset Java does not know: it does not parse, and Spring MVC would call the
	 * header missing. Said as for any other charset but UTF-8; one that Java knows is refused once the
	 * body is first read ({@link Limited#requireUtf8}).
	 */
	private static BodyCharsetException unknownCharset(String contentType) {
		if (contentType == null) {
			return null;
		}
		for (String parameter : contentType.split(";")) {
			int equals = parameter.indexOf('=');
			if (equals > 0 && parameter.substring(0, equals).strip().equalsIgnoreCase("charset")) {
				String charset = parameter.substring(equals + 1).strip().replace("\"", "");
				if (!known(charset)) {
					return new BodyCharsetException(Excerpt.of(charset));
				}
			}
		}
		return null;
	}

	private static boolean known(String charset) {
		try {
			return Charset.isSupported(charset);
		}
		catch (IllegalArgumentException illegal) {
			return false;
		}
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, Exception ex) throws IOException {
		response.setHeader(HttpHeaders.CONNECTION, "close");
		ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
		this.resolver.resolveException(request, answer, null, ex);
		// With its length stated, a client has the whole answer before the close, which can arrive as a
		// reset while it is still sending the body.
		answer.copyBodyToResponse();
		// Out now: the container would otherwise first wait to discard the unread body (up to its
		// max-swallow-size) and only then send the answer, so a client that stops sending sees none.
		response.flushBuffer();
	}

	private static final class Limited extends HttpServletRequestWrapper {

		private final long maxBytes;

		private ServletInputStream stream;

		private BufferedReader reader;

		Limited(HttpServletRequest request, long maxBytes) {
			super(request);
			this.maxBytes = maxBytes;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.stream == null) {
				requireUtf8();
				ServletInputStream in = super.getInputStream();
				this.stream = new ServletInputStream() {

					private long count;

					private final Utf8Check utf8 = new Utf8Check();

					@Override
					public int read() throws IOException {
						int b = in.read();
						if (b >= 0 && ++this.count > Limited.this.maxBytes) {
							throw new PayloadTooLargeException(Limited.this.maxBytes);
						}
						this.utf8.update(b);
						return b;
					}

					@Override
					public int read(byte[] buffer, int offset, int length) throws IOException {
						int n = in.read(buffer, offset, length);
						if (n > 0 && (this.count += n) > Limited.this.maxBytes) {
							throw new PayloadTooLargeException(Limited.this.maxBytes);
						}
						this.utf8.update(buffer, offset, n);
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

		/**
		 * The charset the Content-Type header declares, read from the header itself: the request's
		 * character encoding is forced to UTF-8 by then, while the JSON converter decodes in the
		 * declared one. A header that does not parse is left to Spring MVC's 415 (one with an unknown
		 * charset was refused before the chain, naming it).
		 */
		private void requireUtf8() throws BodyCharsetException {
			MediaType type;
			try {
				type = (getContentType() != null) ? MediaType.parseMediaType(getContentType()) : null;
			}
			catch (InvalidMediaTypeException malformed) {
				return;
			}
			// A charset Java does not know fails to parse above, so one that parses has a Charset.
			Charset declared = (type != null) ? type.getCharset() : null;
			if (declared != null && !StandardCharsets.UTF_8.equals(declared)) {
				throw new BodyCharsetException(type.getParameter("charset"));
			}
		}

		/** Through the capped stream: the container's own reader would bypass the cap. */
		@Override
		public BufferedReader getReader() throws IOException {
			if (this.reader == null) {
				this.reader = new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
			}
			return this.reader;
		}

	}

}
