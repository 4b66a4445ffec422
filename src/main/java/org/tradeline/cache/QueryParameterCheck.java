package org.tradeline.cache;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.tradeline.problem.InvalidParameterException;

/**
 * Refuses query parameters the route does not read, instead of ignoring them: a misspelt filter
 * ({@code tpoic=}) would otherwise look like an unfiltered answer, and every made-up name would be a
 * fresh cache key. Also marks answers that depend on Accept with {@code Vary: Accept}, so a shared
 * cache never hands one client's iCalendar to another client's JSON request.
 */
final class QueryParameterCheck implements HandlerInterceptor {

	private static final int MAX_NAMED = 5;

	private final ReadRoutes routes;

	QueryParameterCheck(ReadRoutes routes) {
		this.routes = routes;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(handler instanceof HandlerMethod)) {
			return true;
		}
		Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		if (pattern == null) {
			return true;
		}
		if (("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
				&& this.routes.negotiates(pattern.toString())) {
			response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
		}
		Set<String> declared = this.routes.declaredParameters(pattern.toString(), request.getMethod());
		Set<String> names = ReadRoutes.queryNames(request);
		if (declared == null || names == null) {
			return true;
		}
		Set<String> unknown = new TreeSet<>(names);
		unknown.removeAll(declared);
		if (!unknown.isEmpty()) {
			String list = named(unknown);
			throw new InvalidParameterException(list, "Unknown query parameter" + ((unknown.size() > 1) ? "s " : " ")
					+ list + ((declared.isEmpty()) ? "; this resource takes none"
							: "; this resource takes " + String.join(", ", declared)));
		}
		return true;
	}

	/** The first few names and a count of the rest: a URL of a thousand names is not echoed back. */
	private static String named(Set<String> unknown) {
		String first = unknown.stream().limit(MAX_NAMED).collect(Collectors.joining(", "));
		return (unknown.size() <= MAX_NAMED) ? first : first + " and " + (unknown.size() - MAX_NAMED) + " more";
	}

}
