package org.tradeline.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.tradeline.store.LastChange;

/**
 * One kept 200 answer: its headers and body, a gzipped copy when the body is large and text, the
 * validators of both codings, and the tags of what it was built from.
 * @param headers every header to replay but the content ones and ETag
 * @param etag the validator of the identity coding
 * @param lastModified its Last-Modified in epoch milliseconds, or -1
 * @param aloneInItsSecond whether the public view changed only once in the second of {@code lastModified}
 * as far as was known when the answer was kept ({@link Preconditions})
 * @param gzip the gzipped body, or null when it is not worth it
 * @param tags what the answer was built from; empty when it declared nothing (any change drops it)
 */
record CachedAnswer(String contentType, Map<String, List<String>> headers, String etag, long lastModified,
		boolean aloneInItsSecond, byte[] body, byte[] gzip, Set<String> tags) {

	/** Bodies smaller than this are not compressed: the saving is less than a packet. */
	static final int COMPRESS_FROM_BYTES = 1024;

	private static final List<MediaType> COMPRESSIBLE = List.of(MediaType.APPLICATION_JSON,
			MediaType.parseMediaType("application/*+json"), MediaType.parseMediaType("text/*"),
			MediaType.parseMediaType("application/atom+xml"));

	// Set per response (by the container, the cache per coding, the request id filter), never replayed as they were.
	private static final Set<String> NOT_KEPT = Set.of("content-length", "transfer-encoding", "date", "connection",
			"keep-alive", "content-type", "content-encoding", "etag", "x-request-id");

	/**
	 * The answer as the chain left it. {@code lastChange} is the public view's as the answer is kept
	 * (only anonymous answers are kept, and it dates them): if it is still the change Last-Modified
	 * dates, its second is known; if the public view moved on, it is not.
	 */
	static CachedAnswer of(HttpServletResponse response, byte[] body, Set<String> tags, LastChange lastChange) {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (String name : response.getHeaderNames()) {
			if (!NOT_KEPT.contains(name.toLowerCase(Locale.ROOT))) {
				headers.put(name, List.copyOf(response.getHeaders(name)));
			}
		}
		long lastModified = lastModified(response);
		String contentType = response.getContentType();
		byte[] gzip = (body.length >= COMPRESS_FROM_BYTES && compressible(contentType)) ? gzip(body) : null;
		boolean alone = aloneInItsSecond(lastModified, lastChange);
		return new CachedAnswer(contentType, headers, response.getHeader(HttpHeaders.ETAG), lastModified, alone, body,
				(gzip != null && gzip.length < body.length) ? gzip : null, Set.copyOf(tags));
	}

	/** The answer's Last-Modified in epoch milliseconds, or -1. */
	static long lastModified(HttpServletResponse response) {
		String modified = response.getHeader(HttpHeaders.LAST_MODIFIED);
		if (modified == null) {
			return -1;
		}
		HttpHeaders parsed = new HttpHeaders();
		parsed.set(HttpHeaders.LAST_MODIFIED, modified);
		return parsed.getLastModified();
	}

	/** Whether {@code lastChange}, the public view's now, is the change Last-Modified dates, alone in its second. */
	static boolean aloneInItsSecond(long lastModified, LastChange lastChange) {
		return lastChange.aloneInItsSecond() && lastChange.at().getEpochSecond() == lastModified / 1000;
	}

	/** The validator of the gzipped coding: a strong tag must differ between codings. */
	static String gzipEtag(String etag) {
		if (etag == null || !etag.endsWith("\"")) {
			return etag;
		}
		return etag.substring(0, etag.length() - 1) + ContentCodings.GZIP_TAG_SUFFIX + "\"";
	}

	String gzipEtag() {
		return gzipEtag(this.etag);
	}

	/**
	 * What the answer costs on the heap, roughly: strings at two bytes a char plus their object
	 * headers, arrays, the header map and tag set with their nodes, and the entry itself.
	 */
	static int weigh(String key, CachedAnswer answer) {
		long bytes = 64 + string(key) + 48; // the cache's node, the key, the record
		bytes += array(answer.body.length) + ((answer.gzip != null) ? array(answer.gzip.length) : 0);
		bytes += string(answer.contentType) + string(answer.etag);
		bytes += 64;
		for (Map.Entry<String, List<String>> header : answer.headers.entrySet()) {
			bytes += 48 + string(header.getKey()) + 24;
			for (String value : header.getValue()) {
				bytes += 8 + string(value);
			}
		}
		bytes += 32;
		for (String tag : answer.tags) {
			// The tag in the set, and the answer's entry under it in the cache's tag index.
			bytes += 16 + string(tag) + 64;
		}
		return (int) Math.min(Integer.MAX_VALUE, bytes);
	}

	private static long string(String value) {
		return (value != null) ? 40 + 2L * value.length() : 0;
	}

	private static long array(int length) {
		return 16 + length;
	}

	private static boolean compressible(String contentType) {
		if (contentType == null) {
			return false;
		}
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			return COMPRESSIBLE.stream().anyMatch(candidate -> candidate.includes(type));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static byte[] gzip(byte[] body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			gzip.write(body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
