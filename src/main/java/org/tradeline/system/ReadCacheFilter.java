package org.tradeline.system;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves repeated public reads from memory: the first 200 response to a GET under /api/v1 is kept,
 * bytes and headers, under the store revision it was computed at, and replayed while the revision
 * stands. Keys normalise the query (parameter order does not matter) and include Accept. A write
 * through this instance refreshes the revision before its response goes out, so the very next read
 * sees it; writes elsewhere are seen at the next poll of the revision.
 */
@Component
class ReadCacheFilter extends OncePerRequestFilter {

	// Headers the handler sets about the representation. Headers of outer filters (security, CORS)
	// are not kept: those filters run again on every request, cached or not.
	private static final List<String> REPLAYED = List.of(HttpHeaders.ETAG, HttpHeaders.LAST_MODIFIED,
			HttpHeaders.CACHE_CONTROL, HttpHeaders.CONTENT_DISPOSITION, HttpHeaders.LINK, HttpHeaders.CONTENT_LANGUAGE);

	private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

	private final StoreRevision revision;

	private final Cache<String, Entry> cache;

	ReadCacheFilter(StoreRevision revision, @Value("${tradeline.read-cache.max-bytes:67108864}") long maxBytes) {
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
		Entry hit = this.cache.getIfPresent(key);
		if (hit != null && hit.revision() == at) {
			hit.replay(response);
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
		return request.getRequestURI() + "?" + query + "|" + ((accept != null) ? accept : "");
	}

	private record Entry(long revision, String contentType, Map<String, String> headers, byte[] body) {

		static Entry of(long revision, ContentCachingResponseWrapper response) {
			Map<String, String> headers = new LinkedHashMap<>();
			for (String name : REPLAYED) {
				String value = response.getHeader(name);
				if (value != null) {
					headers.put(name, value);
				}
			}
			return new Entry(revision, response.getContentType(), headers, response.getContentAsByteArray());
		}

		void replay(HttpServletResponse response) throws IOException {
			response.setStatus(HttpServletResponse.SC_OK);
			this.headers.forEach(response::setHeader);
			if (this.contentType != null) {
				response.setContentType(this.contentType);
			}
			response.setContentLength(this.body.length);
			// One buffer for the whole body: a single write to the socket instead of 8 KiB chunks.
			response.setBufferSize(Math.max(this.body.length, 8192));
			response.getOutputStream().write(this.body);
		}

	}

}
