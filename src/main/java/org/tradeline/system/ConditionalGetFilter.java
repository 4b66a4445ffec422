package org.tradeline.system;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.util.DigestUtils;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Conditional GET and cache headers for public reads. A successful GET gets a strong ETag (the one
 * a controller set, e.g. from an entity's version, or else a hash of the body) and a Last-Modified
 * from the store's last change, and is answered 304 when If-None-Match or If-Modified-Since match.
 * Cache-Control lets shared caches keep it for a configurable time unless a controller said otherwise.
 * <p>
 * Strong validators have a price: Tomcat never gzips a response carrying a strong ETag (a strong
 * validator must change with the content coding), so these reads go out uncompressed.
 */
class ConditionalGetFilter extends OncePerRequestFilter {

	private final StoreChanges changes;

	private final String cacheControl;

	ConditionalGetFilter(StoreChanges changes, HttpCacheProperties properties) {
		this.changes = changes;
		this.cacheControl = "public, max-age=" + properties.cacheMaxAge().toSeconds();
	}

	/** Streamed downloads: far larger than any read, never cached, so neither buffered nor validated. */
	private static final String BACKUP = "/api/v1/admin/backup";

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		return !("GET".equals(method) || "HEAD".equals(method)) || BACKUP.equals(request.getRequestURI());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// Read before the body is produced, so a write in between can only make Last-Modified older
		// than the content, never newer (a stale validator only costs a full response).
		long lastModified = this.changes.lastChanged().toEpochMilli();
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, wrapper);
		int status = wrapper.getStatus();
		if (status == HttpServletResponse.SC_OK) {
			if (wrapper.getHeader(HttpHeaders.CACHE_CONTROL) == null) {
				wrapper.setHeader(HttpHeaders.CACHE_CONTROL, this.cacheControl);
			}
			String etag = wrapper.getHeader(HttpHeaders.ETAG);
			if (etag == null || etag.isBlank()) {
				etag = strongEtag(wrapper.getContentInputStream());
			}
			// Sets ETag and Last-Modified, and 304 (no body) when the client's copy is current.
			if (new ServletWebRequest(request, response).checkNotModified(etag, lastModified)) {
				return;
			}
		}
		else if (status == HttpServletResponse.SC_NOT_MODIFIED && wrapper.getHeader(HttpHeaders.CACHE_CONTROL) == null) {
			wrapper.setHeader(HttpHeaders.CACHE_CONTROL, this.cacheControl);
		}
		wrapper.copyBodyToResponse();
	}

	private static String strongEtag(InputStream body) throws IOException {
		return "\"0" + DigestUtils.md5DigestAsHex(body) + "\"";
	}

}
