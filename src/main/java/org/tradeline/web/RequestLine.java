package org.tradeline.web;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.MimeTypeUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.util.UriUtils;
import org.tradeline.problem.Excerpt;
import org.tradeline.problem.InvalidParameterException;

/**
 * The one input policy for the request line, before any handler runs: a query value (or name)
 * holding a character {@link Text#isAllowedInRequestLine} does not allow (a tab or line break
 * included, which would otherwise be stripped as surrounding white space) is refused, naming the
 * parameter, as is a path segment holding such a character or any white space (no slug, id or
 * file name does, so such a path names nothing: " 1" is no id), and a parameter given more than
 * once (no operation takes a list, and the container would join or pick the values silently);
 * an Accept header that does not parse, or lists more
 * media types than Spring will sort, counts as none (RFC 9110: without an Accept the client takes
 * any media type). The query is decoded here from the raw string, so no request parameter is
 * parsed (and no form body read) this early, and the read cache never keys on a repeated name.
 * Where links are built from the request, an empty Host is refused too (the container refuses a
 * missing or repeated one).
 */
final class RequestLine extends OncePerRequestFilter {

	private static final String EMPTY_HOST = "The Host header is empty; it must name the host this request is for";

	private final HandlerExceptionResolver resolver;

	private final boolean linksFromHost;

	RequestLine(HandlerExceptionResolver resolver, boolean linksFromHost) {
		this.resolver = resolver;
		this.linksFromHost = linksFromHost;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// An http URI has a host (RFC 9110 4.2.1), and RFC 9112 3.2 answers an invalid Host with 400:
		// links built from an empty one would read http://:8080/. HTTP/1.0 may omit Host, and the
		// container then names its own address.
		InvalidParameterException refused = (this.linksFromHost && request.getServerName().isEmpty())
				? new InvalidParameterException(HttpHeaders.HOST, EMPTY_HOST) : pathRefusal(request.getRequestURI());
		if (refused == null) {
			refused = refusal(request.getQueryString());
		}
		if (refused != null) {
			this.resolver.resolveException(request, response, null, refused);
			return;
		}
		List<String> accepts = Collections.list(request.getHeaders(HttpHeaders.ACCEPT));
		if (!accepts.isEmpty() && !parses(accepts)) {
			request = new HttpServletRequestWrapper(request) {

				@Override
				public String getHeader(String name) {
					return HttpHeaders.ACCEPT.equalsIgnoreCase(name) ? null : super.getHeader(name);
				}

				@Override
				public Enumeration<String> getHeaders(String name) {
					return HttpHeaders.ACCEPT.equalsIgnoreCase(name) ? Collections.emptyEnumeration()
							: super.getHeaders(name);
				}

			};
		}
		chain.doFilter(request, response);
	}

	/**
	 * The refusal of a path with a segment that decodes to text not allowed in a URL or holding white
	 * space; null if there is none.
	 */
	static InvalidParameterException pathRefusal(String path) {
		for (String segment : path.split("/")) {
			String decoded;
			try {
				decoded = UriUtils.decode(segment, StandardCharsets.UTF_8);
			}
			catch (IllegalArgumentException ex) {
				// Not valid percent-encoding: the container has refused it already.
				continue;
			}
			if (!Text.isAllowedInRequestLine(decoded)) {
				return InvalidParameterException.refusedUrl("The request path contains " + Text.FORBIDDEN_IN_REQUEST_LINE);
			}
			if (decoded.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
				return InvalidParameterException.refusedUrl(
						"The request path contains white space, which no slug, id or file name holds");
			}
		}
		return null;
	}

	/**
	 * The refusal of the first parameter whose name or value decodes to text that is not allowed, or
	 * whose name (decoded) was given before; null if there is none.
	 */
	static InvalidParameterException refusal(String query) {
		if (query == null) {
			return null;
		}
		Set<String> names = new HashSet<>();
		for (String pair : query.split("&")) {
			int eq = pair.indexOf('=');
			String name = decode((eq < 0) ? pair : pair.substring(0, eq));
			String value = (eq < 0) ? "" : decode(pair.substring(eq + 1));
			if (name == null || value == null) {
				// Not valid percent-encoding: the container refuses it when parameters are read.
				continue;
			}
			if (!Text.isAllowedInRequestLine(name) || !Text.isAllowedInRequestLine(value)) {
				String parameter = Text.isAllowedInRequestLine(name) ? Excerpt.of(name) : "query";
				return new InvalidParameterException(parameter, parameter + " contains " + Text.FORBIDDEN_IN_REQUEST_LINE);
			}
			if (!name.isEmpty() && !names.add(name)) {
				String parameter = Excerpt.of(name);
				return new InvalidParameterException(parameter, parameter + " is given more than once");
			}
		}
		return null;
	}

	private static String decode(String text) {
		try {
			return URLDecoder.decode(text, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** Whether Spring MVC can read these Accept headers together: parse them, and sort what they list. */
	private static boolean parses(List<String> accepts) {
		try {
			List<MediaType> types = new ArrayList<>(MediaType.parseMediaTypes(accepts));
			types.forEach(MediaType::getQualityValue);
			MimeTypeUtils.sortBySpecificity(types);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
