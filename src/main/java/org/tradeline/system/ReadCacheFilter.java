package org.tradeline.system;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
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
 * Serves repeated public reads from memory: the first 200 response to a GET under /api/v1 is kept,
 * bytes and representation headers (ETag, Last-Modified, Cache-Control, ...), under the store
 * revision it was computed at, and replayed — or answered 304 — while the revision stands. Keys
 * normalise the query (parameter order does not matter) and include Accept. Concurrent misses on
 * one key wait for a single computation instead of all computing it. A write through this instance
 * refreshes the revision before its response goes out, so the very next read sees it; writes made
 * elsewhere are seen at the next poll of the revision.
 */
class ReadCacheFilter extends OncePerRequestFilter {

	// Headers about the representation, set by the handler or the conditional-GET filter inside.
	// Headers of outer filters (security, framing, CORS) are not kept: those run on every request.
	private static final List<String> REPLAYED = List.of(HttpHeaders.ETAG, HttpHeaders.LAST_MODIFIED,
			HttpHeaders.CACHE_CONTROL, HttpHeaders.CONTENT_DISPOSITION, HttpHeaders.LINK, HttpHeaders.CONTENT_LANGUAGE);

	private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

	private final StoreRevision revision;

	private final Cache<String, Entry> cache;

	private final Map<String, ReentrantLock> computing = new ConcurrentHashMap<>();

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
			try {
				chain.doFilter(request, response);
			}
			finally {
				this.revision.refresh();
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
		ReentrantLock lock = this.computing.computeIfAbsent(key, k -> new ReentrantLock());
		lock.lock();
		try {
			// Whoever held the lock before may have just computed it.
			if (replay(this.cache.getIfPresent(key), at, request, response)) {
				return;
			}
			ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
			chain.doFilter(request, wrapper);
			// Only keep what was computed entirely at one revision.
			if (wrapper.getStatus() == HttpServletResponse.SC_OK && this.revision.current() == at) {
				this.cache.put(key, Entry.of(at, wrapper));
			}
			wrapper.copyBodyToResponse();
		}
		finally {
			lock.unlock();
			this.computing.remove(key, lock);
		}
	}

	private static boolean replay(Entry entry, long at, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		if (entry == null || entry.revision() != at) {
			return false;
		}
		entry.headers().forEach(response::setHeader);
		// 304 when the client's copy is current; the validators were set above.
		if (new ServletWebRequest(request, response).checkNotModified(entry.headers().get(HttpHeaders.ETAG),
				entry.lastModified())) {
			return true;
		}
		response.setStatus(HttpServletResponse.SC_OK);
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
				&& request.getHeader(HttpHeaders.AUTHORIZATION) == null;
	}

	static String key(HttpServletRequest request) {
		String query = request.getParameterMap()
			.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.map(e -> e.getKey() + "=" + String.join(",", e.getValue()))
			.collect(Collectors.joining("&"));
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		// No Accept header means the same as accepting anything.
		return request.getRequestURI() + "?" + query + "|" + ((accept == null || accept.isBlank()) ? "*/*" : accept);
	}

	private record Entry(long revision, String contentType, Map<String, String> headers, long lastModified,
			byte[] body) {

		static Entry of(long revision, ContentCachingResponseWrapper response) {
			Map<String, String> headers = new LinkedHashMap<>();
			for (String name : REPLAYED) {
				String value = response.getHeader(name);
				if (value != null) {
					headers.put(name, value);
				}
			}
			long lastModified = -1;
			if (headers.containsKey(HttpHeaders.LAST_MODIFIED)) {
				HttpHeaders parsed = new HttpHeaders();
				parsed.set(HttpHeaders.LAST_MODIFIED, headers.get(HttpHeaders.LAST_MODIFIED));
				lastModified = parsed.getLastModified();
			}
			return new Entry(revision, response.getContentType(), headers, lastModified,
					response.getContentAsByteArray());
		}

	}

}
