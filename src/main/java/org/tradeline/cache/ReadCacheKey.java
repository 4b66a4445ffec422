package org.tradeline.cache;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * How a request becomes a read cache key. The key is what the handler uses, as Spring MVC's own
 * handler mapping resolves it: the handler method and its path variables, the query parameters in an
 * unambiguous canonical form, and the media type content negotiation picks from every Accept header;
 * plus what headers and links depend on (Origin, and the scheme, host and port with any Forwarded /
 * X-Forwarded-* header).
 * @param value the key
 * @param representation the media type the key stands for
 */
record ReadCacheKey(String value, MediaType representation) {

	// Headers a forwarded-headers strategy may turn into the request's scheme, host, port or prefix.
	private static final List<String> FORWARDED = List.of("Forwarded", "X-Forwarded-Proto", "X-Forwarded-Host",
			"X-Forwarded-Port", "X-Forwarded-Prefix", "X-Forwarded-Ssl");

	/**
	 * The key of what the handler will answer, or null when no handler method takes the request, a
	 * query parameter is not one that handler reads (it is refused with 400 further in), or nothing
	 * the handler produces is acceptable.
	 */
	static ReadCacheKey of(HttpServletRequest request, ReadRoutes routes) {
		ReadRoutes.Route route = routes.resolve(request);
		if (route == null) {
			return null;
		}
		Set<String> declared = routes.declaredParameters(route.handler());
		Set<String> names = QueryParameters.sentIn(request);
		if (declared == null || names == null || !declared.containsAll(names)) {
			return null;
		}
		MediaType representation = route.negotiate();
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
		return new ReadCacheKey(key.toString(), representation);
	}

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

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
