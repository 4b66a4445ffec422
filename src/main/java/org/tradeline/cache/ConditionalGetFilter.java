package org.tradeline.cache;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.util.DigestUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.HandlerMapping;
import org.tradeline.store.LastChange;
import org.tradeline.store.StoreChanges;

/**
 * Conditional GET and cache headers for public reads. A successful GET gets a strong ETag (the one
 * a controller set, e.g. from an entity's version, or else a hash of the body) and a Last-Modified
 * from the store's last change (the last public one for a request without a token, or the one the
 * read cache's copy of the same answer carries), and is answered 304 when If-None-Match or If-Modified-Since match, or
 * 412 when If-Match or If-Unmodified-Since do not, or 400 when If-Match is malformed ({@link Preconditions}).
 * Cache-Control lets shared caches keep it for a configurable time unless a controller said otherwise.
 * <p>
 * Only bodies up to a limit are held to be hashed; a larger one (a whole-store export) streams
 * through with Cache-Control and Last-Modified but no body hash, its conditions judged before any
 * of it is sent. Compression is the read cache's
 * job: it keeps a gzipped copy with an ETag of its own (Tomcat never gzips a strong-ETag response);
 * the versioned embed assets, which it does not keep, get a weak tag so that Tomcat gzips them.
 */
class ConditionalGetFilter extends OncePerRequestFilter {

	/** Streamed downloads: far larger than any read, never cached, so neither buffered nor validated. */
	private static final String BACKUP = "/api/v1/admin/backup";

	private static final String PRIVATE = "private, no-cache";

	private final StoreChanges changes;

	private final String cacheControl;

	private final int maxBufferedBytes;

	private final HandlerExceptionResolver resolver;

	private final ReadCache cache;

	ConditionalGetFilter(StoreChanges changes, HttpCacheProperties properties, int maxBufferedBytes,
			HandlerExceptionResolver resolver, ReadCache cache) {
		this.changes = changes;
		this.cache = cache;
		this.cacheControl = "public, max-age=" + properties.cacheMaxAge().toSeconds();
		this.maxBufferedBytes = maxBufferedBytes;
		this.resolver = resolver;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		return !("GET".equals(method) || "HEAD".equals(method)) || BACKUP.equals(request.getRequestURI());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// Read before the body is produced, so a write in between can only make Last-Modified older
		// than the content, never newer (a stale validator only costs a full response). An anonymous
		// reader sees no draft, so writes to drafts alone leave its date; a token may read them.
		LastChange lastChange = (request.getHeader(HttpHeaders.AUTHORIZATION) == null) ? this.changes.publicLastChange()
				: this.changes.lastChange();
		long lastModified = lastChange.at().toEpochMilli();
		BoundedResponseBuffer buffer = new BoundedResponseBuffer(response, this.maxBufferedBytes, () -> {
			if (response.getStatus() != HttpServletResponse.SC_OK) {
				return true;
			}
			// Streamed without an ETag, which no If-Match but "*" names; thrown into the handler,
			// whose error handling replaces the answer (no-store, as for a held answer's refusal).
			RuntimeException refusal = Preconditions.refusal(request, null, lastModified);
			if (refusal != null) {
				response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
				throw refusal;
			}
			cacheHeaders(request, response);
			if (!response.containsHeader(HttpHeaders.LAST_MODIFIED)) {
				response.setDateHeader(HttpHeaders.LAST_MODIFIED, lastModified);
			}
			// If-None-Match can name it only by "*", which names any current representation (RFC 9110
			// 13.1.2), and If-Modified-Since by its date: then the rest of the body is dropped.
			if (Preconditions.notModified(request, null, null, lastModified, lastChange.aloneInItsSecond())) {
				response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
				return false;
			}
			return true;
		});
		chain.doFilter(request, buffer);
		if (buffer.overflowed() || request.isAsyncStarted()) {
			buffer.sendBody(true);
			return;
		}
		int status = buffer.getStatus();
		if (status == HttpServletResponse.SC_OK) {
			String etag = response.getHeader(HttpHeaders.ETAG);
			if (etag == null || etag.isBlank()) {
				etag = "\"0" + DigestUtils.md5DigestAsHex(buffer.body()) + "\"";
				if (immutable(response)) {
					// A versioned file (the embed page's stylesheet) is not cached here; Tomcat gzips
					// it only under a weak tag, which also names the gzipped bytes truthfully. (The
					// script comes with the weak tag Spring's versioned resources carry already.)
					etag = "W/" + etag;
				}
			}
			// The same representation as the read cache holds (for a request it let through) carries the
			// date that one does, so a date it gave holds for this answer too, and the other way round.
			CachedAnswer kept = kept(request, etag);
			long dated = (kept != null) ? kept.lastModified() : lastModified;
			boolean alone = (kept != null) ? kept.aloneInItsSecond() : lastChange.aloneInItsSecond();
			RuntimeException refusal = Preconditions.refusal(request, etag, dated);
			if (refusal != null) {
				// The problem replaces the answer as it would a handler's failure (DispatcherServlet's
				// processHandlerException): body, media type, file name and producible media types.
				buffer.resetBuffer();
				response.setHeader(HttpHeaders.CONTENT_TYPE, null);
				response.setHeader(HttpHeaders.CONTENT_DISPOSITION, null);
				response.setCharacterEncoding((String) null);
				request.removeAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE);
				response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
				this.resolver.resolveException(request, response, null, refusal);
				return;
			}
			cacheHeaders(request, response);
			response.setHeader(HttpHeaders.ETAG, etag);
			if (!response.containsHeader(HttpHeaders.LAST_MODIFIED)) {
				response.setDateHeader(HttpHeaders.LAST_MODIFIED, dated);
			}
			if (Preconditions.notModified(request, etag, null, dated, alone)) {
				response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
				return;
			}
		}
		else if (status == HttpServletResponse.SC_NOT_MODIFIED) {
			cacheHeaders(request, response);
		}
		buffer.sendBody(!"HEAD".equals(request.getMethod()));
	}

	/**
	 * The answer the read cache holds now under the request's key, if it is this one: still held
	 * after this one was computed, it was current all along, and dates this one as truly.
	 */
	private CachedAnswer kept(HttpServletRequest request, String etag) {
		if (!(request.getAttribute(ReadCacheFilter.KEY_ATTRIBUTE) instanceof String key)) {
			return null;
		}
		CachedAnswer kept = this.cache.get(key);
		return (kept != null && etag.equals(kept.etag()) && kept.lastModified() >= 0) ? kept : null;
	}

	private static boolean immutable(HttpServletResponse response) {
		String cacheControl = response.getHeader(HttpHeaders.CACHE_CONTROL);
		return cacheControl != null && cacheControl.contains("immutable");
	}

	/**
	 * An answer to a request with a token may hold what only that token may read (drafts): a shared
	 * cache must not keep it, and "public" would allow one to (RFC 9111 3.5).
	 */
	private void cacheHeaders(HttpServletRequest request, HttpServletResponse response) {
		if (response.getHeader(HttpHeaders.CACHE_CONTROL) == null) {
			response.setHeader(HttpHeaders.CACHE_CONTROL,
					(request.getHeader(HttpHeaders.AUTHORIZATION) != null) ? PRIVATE : this.cacheControl);
		}
	}

}
