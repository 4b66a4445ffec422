package org.tradeline.cache;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.tradeline.store.StoreRevision;

/**
 * Serves repeated public reads from memory. The first 200 answer to an anonymous GET or HEAD under
 * /api/v1 or /embed is kept, headers and body, and replayed (or answered 304) until a store change
 * it depends on: answers are tagged with what they were built from ({@link ReadDependencies}) and
 * {@link ReadCache} drops them when a write touches one of those tags.
 * <p>
 * The key is what the handler uses ({@link ReadCacheKey}); an answer is only kept if its
 * Content-Type is the media type the key was negotiated for. HEAD is answered from the GET entry; a
 * HEAD that misses computes and keeps the GET answer ({@link FullGetRequest}), and a kept answer is
 * sent, or answered 304, by {@link CachedAnswerReplay}.
 * <p>
 * It sits in front of the security chain, so a replay skips everything the first answer went
 * through and keeps every header that answer got (security, CORS, validators). Requests carrying
 * Authorization or a Cookie are never served from it nor kept: their answers may depend on who asks.
 * Nor are those with If-Match or If-Unmodified-Since, which {@link ConditionalGetFilter} may fail;
 * it judges them, and dates their answers, by the answer kept under their key ({@link #KEY_ATTRIBUTE}).
 * Concurrent misses on one key wait for a single computation, and share its 503 if the database
 * was out of reach. A large gzipped copy is kept beside a large text body and served to clients
 * that accept gzip, with an ETag of its own. Bodies over a limit are neither held nor kept.
 */
class ReadCacheFilter extends OncePerRequestFilter {

	/**
	 * The key of a public read this filter let through (a Cookie or a condition that can fail): its
	 * answer, when it equals the one kept under that key, carries that one's Last-Modified.
	 */
	static final String KEY_ATTRIBUTE = ReadCacheFilter.class.getName() + ".key";

	private final StoreRevision revision;

	private final ReadRoutes routes;

	private final ReadCache cache;

	private final int maxEntryBytes;

	private final HttpFirewall firewall;

	private final Map<String, Computation> computing = new ConcurrentHashMap<>();

	// Cacheable requests answered from the cache, and computed; read by the metrics (CacheConfig).
	private final LongAdder hits = new LongAdder();

	private final LongAdder misses = new LongAdder();

	ReadCacheFilter(StoreRevision revision, ReadRoutes routes, ReadCache cache, int maxEntryBytes,
			HttpFirewall firewall) {
		this.revision = revision;
		this.routes = routes;
		this.cache = cache;
		this.maxEntryBytes = maxEntryBytes;
		this.firewall = firewall;
	}

	long hits() {
		return this.hits.sum();
	}

	long misses() {
		return this.misses.sum();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// Until the store revision is known, nothing kept could be told stale.
		ReadCacheKey key = (publicRead(request) && this.revision.current() != StoreRevision.UNKNOWN && allowed(request))
				? ReadCacheKey.of(request, this.routes) : null;
		if (key != null && !answerable(request)) {
			// Computed, but dated as the kept answer it equals (ConditionalGetFilter).
			request.setAttribute(KEY_ATTRIBUTE, key.value());
			key = null;
		}
		if (key == null) {
			chain.doFilter(request, response);
			return;
		}
		CachedAnswer kept = this.cache.get(key.value());
		if (kept != null) {
			this.hits.increment();
			CachedAnswerReplay.send(kept, request, response, true);
			return;
		}
		Computation computation = this.computing.computeIfAbsent(key.value(), k -> new Computation());
		computation.lock.lock();
		try {
			// Whoever held the lock before may have just computed it, or found the database out of
			// reach: then that 503 is this request's answer too, at once, not after another wait.
			kept = this.cache.get(key.value());
			if (kept != null) {
				this.hits.increment();
				CachedAnswerReplay.send(kept, request, response, true);
				return;
			}
			if (computation.unavailable != null) {
				computation.unavailable.replay(response, !"HEAD".equals(request.getMethod()));
				return;
			}
			this.misses.increment();
			compute(key, computation, request, response, chain);
		}
		finally {
			computation.lock.unlock();
			this.computing.remove(key.value(), computation);
		}
	}

	private void compute(ReadCacheKey key, Computation computation, HttpServletRequest request,
			HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
		long mark = this.cache.mark();
		BoundedResponseBuffer buffer = new BoundedResponseBuffer(response, this.maxEntryBytes, () -> {
			if (notModified(request, response)) {
				response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
				return false;
			}
			return true;
		});
		Set<String> tags;
		ReadDependencies.start();
		try {
			chain.doFilter(new FullGetRequest(request), buffer);
		}
		finally {
			tags = ReadDependencies.finish();
		}
		boolean withBody = !"HEAD".equals(request.getMethod());
		if (buffer.overflowed() || request.isAsyncStarted()) {
			buffer.sendBody(withBody);
			return;
		}
		int status = buffer.getStatus();
		if (status == HttpServletResponse.SC_OK && !response.containsHeader(HttpHeaders.SET_COOKIE)
				&& key.isRepresentedBy(response.getContentType())) {
			CachedAnswer answer = CachedAnswer.of(response, buffer.body(), tags, this.revision.publicLastChange());
			this.cache.put(key.value(), answer, mark);
			buffer.resetBuffer();
			CachedAnswerReplay.send(answer, request, response, false);
			return;
		}
		if (status == HttpServletResponse.SC_SERVICE_UNAVAILABLE) {
			computation.unavailable = new Unavailable(response, buffer.body());
		}
		buffer.sendBody(withBody);
	}

	/**
	 * Whether an answer too large to keep, about to stream out, is current for the request's own
	 * If-None-Match (which names it only by "*": it has no tag) or If-Modified-Since, which its
	 * computation did not see ({@link FullGetRequest}); its validators are the ones it was given.
	 */
	private boolean notModified(HttpServletRequest request, HttpServletResponse response) {
		if (response.getStatus() != HttpServletResponse.SC_OK) {
			return false;
		}
		long lastModified = CachedAnswer.lastModified(response);
		return Preconditions.notModified(request, null, null, lastModified,
				CachedAnswer.aloneInItsSecond(lastModified, this.revision.publicLastChange()));
	}

	/** An anonymous read of what the cache keeps: the public view, dated by its last change. */
	private static boolean publicRead(HttpServletRequest request) {
		String method = request.getMethod();
		String uri = request.getRequestURI();
		return ("GET".equals(method) || "HEAD".equals(method))
				&& ((uri.startsWith("/api/v1/") && !uri.startsWith("/api/v1/admin/")) || uri.startsWith("/embed/"))
				&& request.getHeader(HttpHeaders.AUTHORIZATION) == null;
	}

	/** Whether a public read may be answered from the cache, and its answer kept. */
	private static boolean answerable(HttpServletRequest request) {
		return request.getHeader(HttpHeaders.COOKIE) == null && !Preconditions.guarded(request);
	}

	/**
	 * Whether the security chain's firewall lets the URL through. The key ignores what the firewall
	 * refuses (a path parameter after ';', say), so such a request must reach the firewall, not an
	 * answer kept for the URL without it.
	 */
	private boolean allowed(HttpServletRequest request) {
		try {
			this.firewall.getFirewalledRequest(request);
			return true;
		}
		catch (RequestRejectedException ex) {
			return false;
		}
	}

	/** Requests that missed the cache on one key, in line behind the one computing the answer. */
	private static final class Computation {

		final ReentrantLock lock = new ReentrantLock();

		// Written and read under the lock; never put in the cache.
		Unavailable unavailable;

	}

	/** A 503 shared by the requests queued behind the one that got it. */
	private record Unavailable(int status, String contentType, Map<String, List<String>> headers, byte[] body) {

		Unavailable(HttpServletResponse response, byte[] body) {
			this(response.getStatus(), response.getContentType(), headers(response), body);
		}

		private static Map<String, List<String>> headers(HttpServletResponse response) {
			Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
			for (String name : response.getHeaderNames()) {
				String lower = name.toLowerCase(Locale.ROOT);
				if (!lower.equals("content-length") && !lower.equals("content-type") && !lower.equals("date")) {
					headers.put(name, List.copyOf(response.getHeaders(name)));
				}
			}
			return headers;
		}

		void replay(HttpServletResponse response, boolean withBody) throws IOException {
			this.headers.forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
			response.setStatus(this.status);
			response.setContentType(this.contentType);
			response.setContentLength(this.body.length);
			if (withBody) {
				response.getOutputStream().write(this.body);
			}
		}

	}

}
