package org.tradeline.cache;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
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
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.tradeline.store.StoreRevision;

/**
 * Serves repeated public reads from memory. The first 200 answer to an anonymous GET or HEAD under
 * /api/v1 or /embed is kept, headers and body, and replayed (or answered 304) until a store change
 * it depends on: answers are tagged with what they were built from ({@link ReadDependencies}) and
 * {@link ReadCache} drops them when a write touches one of those tags.
 * <p>
 * The key is what the handler uses, as Spring MVC's own handler mapping resolves it: the handler
 * method and its path variables, the query parameters in an unambiguous canonical form, and the
 * media type content negotiation picks from every Accept header; plus what headers and links
 * depend on (Origin, and the scheme, host and port with any Forwarded / X-Forwarded-* header). An
 * answer is only kept if its Content-Type is that media type, and a query with a parameter the route
 * does not declare is never looked up (it is refused with 400 further in). HEAD is answered from
 * the GET entry; a HEAD that misses computes and keeps the GET answer.
 * <p>
 * It sits in front of the security chain, so a replay skips everything the first answer went
 * through and keeps every header that answer got (security, CORS, validators). Requests carrying
 * Authorization or a Cookie are never served from it nor kept: their answers may depend on who asks.
 * Concurrent misses on one key wait for a single computation, and share its 503 if the database
 * was out of reach. A large gzipped copy is kept beside a large text body and served to clients
 * that accept gzip, with an ETag of its own. Bodies over a limit are neither held nor kept.
 */
class ReadCacheFilter extends OncePerRequestFilter {

	// Headers a forwarded-headers strategy may turn into the request's scheme, host, port or prefix.
	private static final List<String> FORWARDED = List.of("Forwarded", "X-Forwarded-Proto", "X-Forwarded-Host",
			"X-Forwarded-Port", "X-Forwarded-Prefix", "X-Forwarded-Ssl");

	// Hidden from the computation of an entry, which must be the full answer whoever asked.
	private static final Set<String> CONDITIONAL = Set.of("if-none-match", "if-modified-since", "if-match",
			"if-unmodified-since", "if-range", "range");

	private final StoreRevision revision;

	private final ReadRoutes routes;

	private final ReadCache cache;

	private final int maxEntryBytes;

	private final Map<String, Computation> computing = new ConcurrentHashMap<>();

	// Cacheable requests answered from the cache, and computed; read by the metrics (CacheConfig).
	private final LongAdder hits = new LongAdder();

	private final LongAdder misses = new LongAdder();

	ReadCacheFilter(StoreRevision revision, ReadRoutes routes, ReadCache cache, int maxEntryBytes) {
		this.revision = revision;
		this.routes = routes;
		this.cache = cache;
		this.maxEntryBytes = maxEntryBytes;
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
		Key key = cacheable(request) ? key(request) : null;
		if (key == null) {
			chain.doFilter(request, response);
			return;
		}
		CachedAnswer kept = this.cache.get(key.value());
		if (kept != null) {
			this.hits.increment();
			send(kept, request, response, true);
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
				send(kept, request, response, true);
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

	private void compute(Key key, Computation computation, HttpServletRequest request, HttpServletResponse response,
			FilterChain chain) throws IOException, ServletException {
		long mark = this.cache.mark();
		BoundedResponseBuffer buffer = new BoundedResponseBuffer(response, this.maxEntryBytes, () -> {
		});
		Set<String> tags;
		ReadDependencies.start();
		try {
			chain.doFilter(new FullGet(request), buffer);
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
			CachedAnswer answer = CachedAnswer.of(response, buffer.body(), tags);
			this.cache.put(key.value(), answer, mark);
			buffer.resetBuffer();
			send(answer, request, response, false);
			return;
		}
		if (status == HttpServletResponse.SC_SERVICE_UNAVAILABLE) {
			computation.unavailable = new Unavailable(response, buffer.body());
		}
		buffer.sendBody(withBody);
	}

	/**
	 * Sends a kept answer: all of its headers when replayed (on a fresh miss the chain set them), the
	 * coding the client accepts with that coding's ETag, or 304 when the client holds either coding.
	 */
	private static void send(CachedAnswer answer, HttpServletRequest request, HttpServletResponse response,
			boolean replay) throws IOException {
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

	private static boolean cacheable(HttpServletRequest request) {
		String method = request.getMethod();
		String uri = request.getRequestURI();
		return ("GET".equals(method) || "HEAD".equals(method))
				&& ((uri.startsWith("/api/v1/") && !uri.startsWith("/api/v1/admin/")) || uri.startsWith("/embed/"))
				&& request.getHeader(HttpHeaders.AUTHORIZATION) == null && request.getHeader(HttpHeaders.COOKIE) == null;
	}

	/**
	 * The key of what the handler will answer, or null when this request is not served from the cache:
	 * the store revision is not known yet, no handler method takes it, a query parameter is not one
	 * the route declares, or nothing the handler produces is acceptable.
	 */
	Key key(HttpServletRequest request) {
		if (this.revision.current() == StoreRevision.UNKNOWN) {
			return null;
		}
		ReadRoutes.Route route = this.routes.resolve(request);
		if (route == null) {
			return null;
		}
		Set<String> declared = this.routes.declaredParameters(route.pattern(), "GET");
		Set<String> names = ReadRoutes.queryNames(request);
		if (declared == null || names == null || !declared.containsAll(names)) {
			return null;
		}
		MediaType representation = route.negotiate(request);
		if (representation == null) {
			return null;
		}
		// Secure requests get headers (HSTS) that plain ones do not, whatever scheme they report.
		StringBuilder key = new StringBuilder(request.isSecure() ? "secure|" : "").append(request.getScheme())
			.append("://")
			.append(request.getServerName())
			.append(':')
			.append(request.getServerPort());
		for (String forwarded : FORWARDED) {
			Enumeration<String> values = request.getHeaders(forwarded);
			while (values != null && values.hasMoreElements()) {
				key.append('|').append(forwarded).append('=').append(encode(values.nextElement()));
			}
		}
		key.append('|').append(route.handlerName()).append('|').append(route.pattern());
		new TreeMap<>(route.variables()).forEach((name, value) -> key.append('|').append(name).append('=').append(encode(value)));
		// Every name and value percent-encoded: a value holding , & or = cannot pass for another split.
		key.append("|?");
		new TreeMap<>(request.getParameterMap()).forEach((name, values) -> {
			for (String value : values) {
				key.append(encode(name)).append('=').append(encode(value)).append('&');
			}
		});
		String origin = request.getHeader(HttpHeaders.ORIGIN);
		key.append('|').append(representation).append('|').append((origin != null) ? encode(origin) : "");
		return new Key(key.toString(), representation);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** A cache key and the media type it stands for. */
	record Key(String value, MediaType representation) {

		/** Only an answer in the negotiated media type may be kept under the key. */
		boolean isRepresentedBy(String contentType) {
			if (contentType == null) {
				return false;
			}
			try {
				MediaType type = MediaType.parseMediaType(contentType);
				return this.representation.equalsTypeAndSubtype(type);
			}
			catch (IllegalArgumentException ex) {
				return false;
			}
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

	/**
	 * The request the kept answer is computed from: a GET (a HEAD that misses computes the GET entry)
	 * without conditional or range headers, so the answer is the full one whoever asked.
	 */
	private static final class FullGet extends HttpServletRequestWrapper {

		FullGet(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getMethod() {
			return "GET";
		}

		@Override
		public String getHeader(String name) {
			return hidden(name) ? null : super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			return hidden(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
		}

		@Override
		public long getDateHeader(String name) {
			return hidden(name) ? -1 : super.getDateHeader(name);
		}

		@Override
		public Enumeration<String> getHeaderNames() {
			List<String> names = Collections.list(super.getHeaderNames());
			names.removeIf(FullGet::hidden);
			return Collections.enumeration(names);
		}

		private static boolean hidden(String name) {
			return CONDITIONAL.contains(name.toLowerCase(Locale.ROOT));
		}

	}

}
