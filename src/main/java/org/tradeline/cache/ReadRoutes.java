package org.tradeline.cache;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.util.MimeTypeUtils;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * What Spring MVC's own handler mapping makes of a request, asked before the request reaches it: the
 * handler method and pattern that will answer, the query parameters that handler reads, and the
 * representation content negotiation will pick. The read cache keys on this, so a key can only name
 * an answer the handler would really give; the parameter check refuses names the handler does not read.
 */
final class ReadRoutes {

	private static final MediaType JSON = MediaType.APPLICATION_JSON;

	// Looked up when first used: the filters that need this are created before Spring MVC is.
	private final ObjectProvider<RequestMappingHandlerMapping> mappings;

	// Pattern and HTTP method -> query parameter names the handlers of that route declare.
	private volatile Map<String, Set<String>> parameters;

	// Handler method -> the query parameter names it reads.
	private volatile Map<Handler, Set<String>> handlers;

	// Patterns whose GET answers come in more than one media type -> each representation.
	private volatile Map<String, List<Representation>> negotiating;

	ReadRoutes(ObjectProvider<RequestMappingHandlerMapping> mappings) {
		this.mappings = mappings;
	}

	/** The route a GET of this request resolves to, or null when no handler method takes it. */
	Route resolve(HttpServletRequest request) {
		// the request an answer is computed from: a GET, whatever the method and conditional headers
		IsolatedRequest probe = new IsolatedRequest(new FullGetRequest(request));
		HandlerExecutionChain chain;
		try {
			ServletRequestPathUtils.parseAndCache(probe);
			chain = this.mappings.getObject().getHandler(probe);
		}
		catch (Exception ex) {
			// No handler takes it (404, 405, 406 ...): Spring MVC will say so itself.
			return null;
		}
		if (chain == null || !(chain.getHandler() instanceof HandlerMethod handler)) {
			return null;
		}
		String pattern = String.valueOf(probe.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE));
		@SuppressWarnings("unchecked")
		Set<MediaType> produces = (Set<MediaType>) probe.getAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE);
		@SuppressWarnings("unchecked")
		Map<String, String> variables = (Map<String, String>) probe
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		return new Route(handler, pattern, (variables != null) ? Map.copyOf(variables) : Map.of(),
				(produces != null && !produces.isEmpty()) ? List.copyOf(produces) : List.of(JSON), acceptable(probe));
	}

	/**
	 * What the request accepts as Spring MVC reads it: its own content negotiation (every Accept
	 * header, sorted, q=0 left out: StrictInputConfig), so that the key names the answer's media type.
	 */
	private List<MediaType> acceptable(HttpServletRequest request) {
		try {
			return this.mappings.getObject()
				.getContentNegotiationManager()
				.resolveMediaTypes(new ServletWebRequest(request));
		}
		catch (HttpMediaTypeNotAcceptableException ex) {
			return List.of();
		}
	}

	/** Query parameter names the handlers of this route declare; null when no handler method maps it. */
	Set<String> declaredParameters(String pattern, String method) {
		return parameters().get(method + " " + pattern);
	}

	/**
	 * Query parameter names this handler method reads: one representation of a route may take fewer
	 * than another. Null when the handler is not one of Spring MVC's request mappings.
	 */
	Set<String> declaredParameters(HandlerMethod handler) {
		parameters();
		return this.handlers.get(new Handler(handler.getBeanType(), handler.getMethod()));
	}

	/** Whether the answers of this pattern depend on Accept (more than one media type on offer). */
	boolean negotiates(String pattern) {
		parameters();
		return this.negotiating.containsKey(pattern);
	}

	/** The media types in which GETs of this pattern take any of these query parameters. */
	Set<MediaType> representationsTaking(String pattern, Set<String> names) {
		parameters();
		Set<MediaType> types = new LinkedHashSet<>();
		for (Representation representation : this.negotiating.getOrDefault(pattern, List.of())) {
			if (!Collections.disjoint(representation.parameters(), names)) {
				types.addAll(representation.produces());
			}
		}
		return types;
	}

	private Map<String, Set<String>> parameters() {
		Map<String, Set<String>> known = this.parameters;
		if (known == null) {
			Map<String, Set<String>> names = new HashMap<>();
			Map<Handler, Set<String>> handlers = new HashMap<>();
			Map<String, List<Representation>> representations = new HashMap<>();
			this.mappings.getObject().getHandlerMethods().forEach((info, handler) -> {
				Set<String> declared = QueryParameters.declaredBy(handler);
				handlers.put(new Handler(handler.getBeanType(), handler.getMethod()), declared);
				for (String pattern : info.getPatternValues()) {
					for (String method : methods(info)) {
						names.computeIfAbsent(method + " " + pattern, k -> new TreeSet<>()).addAll(declared);
					}
					if (methods(info).contains("GET")) {
						Set<MediaType> produced = info.getProducesCondition().getProducibleMediaTypes();
						representations.computeIfAbsent(pattern, k -> new ArrayList<>())
							.add(new Representation(produced.isEmpty() ? Set.of(JSON) : produced, declared));
					}
				}
			});
			Map<String, List<Representation>> negotiating = new HashMap<>();
			representations.forEach((pattern, offered) -> {
				if (offered.stream().flatMap(r -> r.produces().stream()).distinct().count() > 1) {
					negotiating.put(pattern, List.copyOf(offered));
				}
			});
			this.negotiating = Map.copyOf(negotiating);
			this.handlers = Map.copyOf(handlers);
			known = Map.copyOf(names);
			this.parameters = known;
		}
		return known;
	}

	private static Set<String> methods(RequestMappingInfo info) {
		Set<String> methods = new LinkedHashSet<>();
		info.getMethodsCondition().getMethods().forEach(method -> methods.add(method.name()));
		if (methods.isEmpty()) {
			methods.addAll(List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
		}
		if (methods.contains("GET")) {
			methods.add("HEAD");
		}
		return methods;
	}

	/** A handler method as the mapping registers it and as a request resolves it (with its bean). */
	private record Handler(Class<?> beanType, Method method) {
	}

	/** One GET handler method of a pattern: what it produces and the query parameters it reads. */
	private record Representation(Set<MediaType> produces, Set<String> parameters) {
	}

	/**
	 * One resolved GET route.
	 * @param handler the handler method that answers
	 * @param pattern the best-matching pattern, e.g. {@code /api/v1/events/{slug}}
	 * @param variables the decoded values of the pattern's variables
	 * @param produces the media types that handler may answer in
	 * @param acceptable what the request accepts, in Spring MVC's order of preference
	 */
	record Route(HandlerMethod handler, String pattern, Map<String, String> variables, List<MediaType> produces,
			List<MediaType> acceptable) {

		/**
		 * The media type Spring MVC will answer in; null when none of what this handler produces is
		 * acceptable.
		 */
		MediaType negotiate() {
			List<MediaType> usable = new ArrayList<>();
			for (MediaType requested : this.acceptable) {
				for (MediaType producible : this.produces) {
					if (requested.isCompatibleWith(producible)) {
						usable.add(requested.isLessSpecific(producible) ? producible : requested);
					}
				}
			}
			MimeTypeUtils.sortBySpecificity(usable);
			for (MediaType type : usable) {
				if (type.isConcrete()) {
					return new MediaType(type.getType(), type.getSubtype());
				}
				if (type.isPresentIn(List.of(MediaType.ALL, new MediaType("application")))) {
					return JSON;
				}
			}
			return null;
		}

		/** Names the handler as Spring MVC does in logs: its class and method signature. */
		String handlerName() {
			return this.handler.getBeanType().getName() + "#" + this.handler.getMethod().getName() + "/"
					+ this.handler.getMethod().getParameterCount();
		}

	}

	/**
	 * The request as the handler mapping sees it, whose attributes (the matched pattern, the
	 * producible types) stay here instead of leaking into the real request.
	 */
	private static final class IsolatedRequest extends HttpServletRequestWrapper {

		private final Map<String, Object> attributes = new HashMap<>();

		IsolatedRequest(HttpServletRequest request) {
			super(request);
		}

		@Override
		public Object getAttribute(String name) {
			return this.attributes.containsKey(name) ? this.attributes.get(name) : super.getAttribute(name);
		}

		@Override
		public void setAttribute(String name, Object value) {
			this.attributes.put(name, value);
		}

		@Override
		public void removeAttribute(String name) {
			this.attributes.put(name, null);
		}

		@Override
		public Enumeration<String> getAttributeNames() {
			Set<String> names = new LinkedHashSet<>(Collections.list(super.getAttributeNames()));
			this.attributes.forEach((name, value) -> {
				if (value == null) {
					names.remove(name);
				}
				else {
					names.add(name);
				}
			});
			return Collections.enumeration(names);
		}

	}

}
