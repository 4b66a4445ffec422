package org.tradeline.cache;

import java.io.IOException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;

/**
 * Answers a request from a kept answer: the coding the client accepts with that coding's ETag, or
 * 304 when the client holds either coding ({@link Preconditions}). The read cache's own conditional
 * GET: a replay never reaches {@link ConditionalGetFilter}, and an entry is computed without the
 * client's conditions. A request whose condition can fail is not answered from here at all.
 */
final class CachedAnswerReplay {

	private CachedAnswerReplay() {
	}

	/**
	 * Sends the answer: all of its headers when replayed (on a fresh miss the chain set them already),
	 * then the status, validators and body.
	 */
	static void send(CachedAnswer answer, HttpServletRequest request, HttpServletResponse response, boolean replay)
			throws IOException {
		if (replay) {
			answer.headers().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
		}
		boolean gzip = answer.gzip() != null && ContentCodings.acceptsGzip(request);
		if (answer.gzip() != null) {
			response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		}
		String gzipEtag = (answer.gzip() != null) ? answer.gzipEtag() : null;
		String etag = gzip ? gzipEtag : answer.etag();
		if (Preconditions.notModified(request, answer.etag(), gzipEtag, answer.lastModified(),
				answer.aloneInItsSecond())) {
			String held = Preconditions.held(request, answer.etag(), gzipEtag);
			response.setHeader(HttpHeaders.ETAG, (held != null) ? held : etag);
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			response.setContentType(null);
			return;
		}
		if (etag != null) {
			response.setHeader(HttpHeaders.ETAG, etag);
		}
		byte[] body = gzip ? answer.gzip() : answer.body();
		response.setStatus(HttpServletResponse.SC_OK);
		if (answer.contentType() != null) {
			response.setContentType(answer.contentType());
		}
		if (gzip) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		response.setContentLength(body.length);
		if (!"HEAD".equals(request.getMethod())) {
			// One buffer for the whole body: a single write to the socket instead of 8 KiB chunks.
			response.setBufferSize(Math.max(body.length, 8192));
			response.getOutputStream().write(body);
		}
	}

}
