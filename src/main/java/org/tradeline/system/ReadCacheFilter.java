package org.tradeline.system;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves repeated public reads from memory: the first 200 response to an anonymous GET under
 * /api/v1 is kept, bytes and headers, under the store revision it was computed at, and replayed —
 * or answered 304 — while the revision stands. It sits in front of the security chain, so a replay
 * skips everything the first answer went through, and therefore keeps every header that answer got
 * (security headers, CORS, validators). Keys normalise the query (parameter order does not matter)
 * and include what the answer may vary on: Accept, Origin, and the scheme, host and port (with any
 * X-Forwarded-* or Forwarded header applied later) that absolute links in feeds, calendars and
 * JSON-LD are built from, so one host's answer is never replayed to another.
 * Concurrent misses on one key wait for a single computation instead of all computing it, and share
 * its 503 if it found the database out of reach (so they are not queued 2 s apiece). A successful
 * write through this instance refreshes the revision before its response goes out, so the very
 * next read sees it; writes made elsewhere are seen at the next poll of the revision.
 */
class ReadCacheFilter extends OncePerRequestFilter {

	// Headers a forwarded-headers strategy may turn into the request's scheme, host, port or prefix.
	private static final List<String> FORWARDED = List.of("Forwarded", "X-Forwarded-Proto", "X-Forwarded-Host",
			"X-Forwarded-Port", "X-Forwarded-Prefix", "X-Forwarded-Ssl");

	// Set per response by the container, never replayed.
	private static final Set<String> NOT_REPLAYED = Set.of("content-length", "transfer-encoding", "date",
			"connection", "keep-alive");

	private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

	private final StoreRevision revision;

	private final Cache<String, Entry> cache;

	private final Map<String, Computation> computing = new ConcurrentHashMap<>();

	ReadCacheFilter(StoreRevision revision, long maxBytes) {
		this.revision = revision;
		this.cache = Caffeine.newBuilder()
			.maximumWeight(maxBytes)
			.weigher((String key, Entry entry) -> key.length() + entry.body().length)
			.build();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (WRITES.contains(request.getMethod())) {
			chain.doFilter(request, response);
			// A refused or failed write changed nothing; one whose commit outcome is unknown (the
			// connection broke) is picked up by the next poll.
			if (response.getStatus() < 300) {
				this.revision.refreshAfterWrite();
			}
			return;
		}
		long at = this.revision.current();
		if (!"GET".equals(request.getMethod()) || !cacheable(request) || at == StoreRevision.UNKNOWN) {
			chain.doFilter(request, response);
			return;
		}
		String key = key(request);
		if (replay(this.cache.getIfPresent(key), at, request, response)) {
			return;
		}
		Computation computation = this.computing.computeIfAbsent(key, k -> new Computation());
		computation.lock.lock();
		try {
			// Whoever held the lock before may have just computed it, or found the database out of
			// reach: then that 503 is this request's answer too, at once, not after another wait.
			if (replay(this.cache.getIfPresent(key), at, request, response)
					|| replay(computation.unavailable, at, request, response)) {
				return;
			}
			ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
			chain.doFilter(request, wrapper);
			// Only keep what was computed entirely at one revision, and nothing that sets a cookie.
			if (wrapper.getStatus() == HttpServletResponse.SC_OK && this.revision.current() == at
					&& !wrapper.containsHeader(HttpHeaders.SET_COOKIE)) {
				this.cache.put(key, Entry.of(at, wrapper));
			}
			else if (wrapper.getStatus() == HttpServletResponse.SC_SERVICE_UNAVAILABLE) {
				computation.unavailable = Entry.of(at, wrapper);
			}
			wrapper.copyBodyToResponse();
		}
		finally {
			computation.lock.unlock();
			this.computing.remove(key, computation);
		}
	}

	private static boolean replay(Entry entry, long at, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		if (entry == null || entry.revision() != at) {
			return false;
		}
		entry.headers().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
		// 304 when the client's copy is current; the validators were set above.
		List<String> etag = entry.headers().get(HttpHeaders.ETAG);
		if (entry.status() == HttpServletResponse.SC_OK && new ServletWebRequest(request, response)
			.checkNotModified((etag != null) ? etag.get(0) : null, entry.lastModified())) {
			return true;
		}
		response.setStatus(entry.status());
		if (entry.contentType() != null) {
			response.setContentType(entry.contentType());
		}
		response.setContentLength(entry.body().length);
		// One buffer for the whole body: a single write to the socket instead of 8 KiB chunks.
		response.setBufferSize(Math.max(entry.body().length, 8192));
		response.getOutputStream().write(entry.body());
		return true;
	}

	private static boolean cacheable(HttpServletRequest request) {
		String uri = request.getRequestURI();
		return uri.startsWith("/api/v1/") && !uri.startsWith("/api/v1/admin/")
				&& request.getHeader(HttpHeaders.AUTHORIZATION) == null && request.getHeader(HttpHeaders.COOKIE) == null;
	}

	static String key(HttpServletRequest request) {
		String query = request.getParameterMap()
			.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.map(e -> e.getKey() + "=" + String.join(",", e.getValue()))
			.collect(Collectors.joining("&"));
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		String origin = request.getHeader(HttpHeaders.ORIGIN);
		// Secure requests get headers (HSTS) that plain ones do not, whatever scheme they report.
		StringBuilder key = new StringBuilder(request.isSecure() ? "secure|" : "").append(request.getScheme())
			.append("://")
			.append(request.getServerName())
			.append(':')
			.append(request.getServerPort());
		for (String forwarded : FORWARDED) {
			String value = request.getHeader(forwarded);
			if (value != null) {
				key.append('|').append(forwarded).append('=').append(value);
			}
		}
		// No Accept header means the same as accepting anything.
		return key.append('|')
			.append(request.getRequestURI())
			.append('?')
			.append(query)
			.append('|')
			.append((accept == null || accept.isBlank()) ? "*/*" : accept)
			.append('|')
			.append((origin != null) ? origin : "")
			.toString();
	}

	/** Requests that missed the cache on one key, in line behind the one computing the answer. */
	private static final class Computation {

		final ReentrantLock lock = new ReentrantLock();

		// Written and read under the lock; never put in the cache.
		Entry unavailable;

	}

	private record Entry(long revision, int status, String contentType, Map<String, List<String>> headers,
			long lastModified, byte[] body) {

		static Entry of(long revision, ContentCachingResponseWrapper response) {
			Map<String, List<String>> headers = new LinkedHashMap<>();
			for (String name : response.getHeaderNames()) {
				if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))
						&& !HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)) {
					headers.put(name, List.copyOf(response.getHeaders(name)));
				}
			}
			long lastModified = -1;
			String modified = response.getHeader(HttpHeaders.LAST_MODIFIED);
			if (modified != null) {
				HttpHeaders parsed = new HttpHeaders();
				parsed.set(HttpHeaders.LAST_MODIFIED, modified);
				lastModified = parsed.getLastModified();
			}
			return new Entry(revision, response.getStatus(), response.getContentType(), headers, lastModified,
					response.getContentAsByteArray());
		}

	}

}
