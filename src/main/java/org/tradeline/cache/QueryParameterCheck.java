package org.tradeline.cache;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.tradeline.problem.Excerpt;
import org.tradeline.problem.InvalidParameterException;

/**
 * Refuses query parameters the chosen handler method does not read (a file served as it is reads
 * none), instead of ignoring them: a misspelt filter ({@code tpoic=}) would otherwise look like an
 * unfiltered answer, {@code size} on the CSV of a list like a page of it, and every made-up name
 * would be a fresh cache key. Also marks
 * answers that depend on Accept with {@code Vary: Accept}, so a shared cache never hands one client's
 * iCalendar to another client's JSON request.
 */
final class QueryParameterCheck implements HandlerInterceptor {

	private static final int MAX_NAMED = 5;

	private final ReadRoutes routes;

	QueryParameterCheck(ReadRoutes routes) {
		this.routes = routes;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (handler instanceof ResourceHttpRequestHandler) {
			// A file (the embed page's stylesheet and script) takes none: its URL already names its version.
			Set<String> names = QueryParameters.sentIn(request);
			if (names != null && !names.isEmpty()) {
				String list = named(new TreeSet<>(names));
				throw new InvalidParameterException(list, "Unknown query parameter" + ((names.size() > 1) ? "s " : " ")
						+ list + "; this resource takes none");
			}
			return true;
		}
		if (!(handler instanceof HandlerMethod method)) {
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
		// The handler method chosen, not the route: CSV on /api/v1/events takes no page, JSON does.
		Set<String> declared = this.routes.declaredParameters(method);
		Set<String> names = QueryParameters.sentIn(request);
		if (declared == null || names == null) {
			return true;
		}
		Set<String> unknown = new TreeSet<>(names);
		unknown.removeAll(declared);
		if (!unknown.isEmpty()) {
			String list = named(unknown);
			String detail = "Unknown query parameter" + ((unknown.size() > 1) ? "s " : " ") + list;
			Set<MediaType> produced = producedBy(request);
			Set<MediaType> others = this.routes.representationsTaking(pattern.toString(), unknown);
			others.removeAll(produced);
			if (!produced.isEmpty() && !others.isEmpty()) {
				// Another representation of this URL takes it: the one chosen holds every match at once.
				String type = types(produced);
				throw new InvalidParameterException(list, detail + " for " + type
						+ ": that representation holds every matching item in one document, not paged or synced; ask for "
						+ types(others) + " to use " + ((unknown.size() > 1) ? "them" : "it") + ". " + type + " takes "
						+ String.join(", ", declared));
			}
			throw new InvalidParameterException(list, detail + ((declared.isEmpty()) ? "; this resource takes none"
					: "; this resource takes " + String.join(", ", declared)));
		}
		return true;
	}

	@SuppressWarnings("unchecked")
	private static Set<MediaType> producedBy(HttpServletRequest request) {
		Object produced = request.getAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE);
		return (produced instanceof Set<?> types) ? (Set<MediaType>) types : Set.of();
	}

	private static String types(Set<MediaType> types) {
		return types.stream().map(type -> type.getType() + "/" + type.getSubtype()).collect(Collectors.joining(" or "));
	}

	/** The first few names and a count of the rest: a URL of a thousand names is not echoed back. */
	private static String named(Set<String> unknown) {
		String first = unknown.stream().limit(MAX_NAMED).map(Excerpt::of).collect(Collectors.joining(", "));
		return (unknown.size() <= MAX_NAMED) ? first : first + " and " + (unknown.size() - MAX_NAMED) + " more";
	}

}
