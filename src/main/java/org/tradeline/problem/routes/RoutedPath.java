package org.tradeline.problem.routes;

import java.util.Set;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.server.PathContainer;
import org.springframework.http.server.RequestPath;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.util.pattern.PathPattern;

/** The path a refused request asked for, as Spring MVC routes it, and whether a request mapping's patterns match it. */
final class RoutedPath {

	private RoutedPath() {
	}

	/** The request's path within the application; on an error dispatch, that of the request that failed. */
	static PathContainer of(HttpServletRequest request) {
		Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = (failed instanceof String path) ? path : request.getRequestURI();
		return RequestPath.parse(uri, request.getContextPath()).pathWithinApplication();
	}

	/** Whether one of the mapping's path patterns matches the path. */
	static boolean matches(RequestMappingInfo info, PathContainer path) {
		Set<PathPattern> patterns = (info.getPathPatternsCondition() != null)
				? info.getPathPatternsCondition().getPatterns() : Set.of();
		return patterns.stream().anyMatch(pattern -> pattern.matches(path));
	}

}
