package org.tradeline.cache;

import java.io.IOException;
import java.util.Enumeration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;

/**
 * Answers a request from a kept answer: the coding the client accepts with that coding's ETag, or
 * 304 when the client holds either coding. The read cache's own conditional GET: a replay never
 * reaches {@link ConditionalGetFilter}, and an entry is computed without the client's conditions.
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
		String etag = gzip ? answer.gzipEtag() : answer.etag();
		String held = held(request, answer);
		if (held != null || notModifiedSince(request, answer)) {
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

	/** The tag (of either coding) the client says it holds, if it names one; "*" names the current. */
	private static String held(HttpServletRequest request, CachedAnswer answer) {
		Enumeration<String> headers = request.getHeaders(HttpHeaders.IF_NONE_MATCH);
		while (headers != null && headers.hasMoreElements()) {
			for (String tag : headers.nextElement().split(",")) {
				String candidate = tag.strip();
				if (candidate.startsWith("W/")) {
					candidate = candidate.substring(2);
				}
				if (candidate.equals("*") || candidate.equals(answer.etag())) {
					return answer.etag();
				}
				if (answer.gzip() != null && candidate.equals(answer.gzipEtag())) {
					return answer.gzipEtag();
				}
			}
		}
		return null;
	}

	/** If-Modified-Since counts only without If-None-Match (RFC 9110 13.1.3). */
	private static boolean notModifiedSince(HttpServletRequest request, CachedAnswer answer) {
		if (request.getHeader(HttpHeaders.IF_NONE_MATCH) != null || answer.lastModified() < 0) {
			return false;
		}
		long since;
		try {
			since = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		return since >= 0 && answer.lastModified() / 1000 <= since / 1000;
	}

}
