package org.tradeline.problem.routes;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.server.PathContainer;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.handler.AbstractUrlHandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.servlet.support.WebContentGenerator;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The Allow header of every 405 (RFC 9110 15.5.6: the methods the target resource supports),
 * whoever refused the method: Spring MVC names the methods its mappings declare, while the firewall
 * and the container (TRACE) name none, so for those the URL is looked up as Spring MVC would route
 * it, the first handler mapping that knows the path deciding. Either way HEAD is added wherever GET
 * is and OPTIONS everywhere: Spring MVC answers both for every URL it maps, and lists them when
 * asked with OPTIONS.
 */
public class AllowedMethods {

	/** Every method the API uses, in the order Allow lists them. */
	private static final List<String> ORDER = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

	// Looked up when first needed: the handler mappings are built after the problem handler.
	private final ObjectProvider<HandlerMapping> mappings;

	public AllowedMethods(ObjectProvider<HandlerMapping> mappings) {
		this.mappings = mappings;
	}

	/**
	 * The value of Allow for a request refused with 405.
	 * @param declared the methods the refusal named; null or empty to look the URL up
	 */
	public String of(HttpServletRequest request, String[] declared) {
		boolean named = declared != null && declared.length > 0;
		Set<String> methods = new LinkedHashSet<>(named ? Arrays.asList(declared) : routed(request));
		if (methods.contains("GET")) {
			methods.add("HEAD");
		}
		if (!methods.isEmpty()) {
			methods.add("OPTIONS");
		}
		return ORDER.stream().filter(methods::contains).collect(Collectors.joining(", "));
	}

	/** The methods the handler mappings serve at the request's path (on an error dispatch, the one that failed). */
	private Set<String> routed(HttpServletRequest request) {
		PathContainer path = RoutedPath.of(request);
		for (HandlerMapping mapping : this.mappings.orderedStream().toList()) {
			Set<String> methods = (mapping instanceof RequestMappingInfoHandlerMapping infos)
					? declared(infos.getHandlerMethods().keySet(), path)
					: (mapping instanceof AbstractUrlHandlerMapping urls) ? served(urls.getPathPatternHandlerMap(), path)
							: Set.of();
			if (!methods.isEmpty()) {
				return methods;
			}
		}
		return Set.of();
	}

	/** What the request mappings whose patterns match the path declare, as Spring MVC gathers them for a 405. */
	private static Set<String> declared(Collection<RequestMappingInfo> infos, PathContainer path) {
		Set<String> methods = new LinkedHashSet<>();
		for (RequestMappingInfo info : infos) {
			if (RoutedPath.matches(info, path)) {
				Set<String> named = info.getMethodsCondition()
					.getMethods()
					.stream()
					.map(Enum::name)
					.collect(Collectors.toSet());
				methods.addAll(named.isEmpty() ? ORDER : named);
			}
		}
		return methods;
	}

	/** What a URL-mapped handler (a static resource) takes; a handler that states nothing takes any method. */
	private static Set<String> served(Map<PathPattern, Object> handlers, PathContainer path) {
		for (Map.Entry<PathPattern, Object> handler : handlers.entrySet()) {
			if (handler.getKey().matches(path)) {
				String[] supported = (handler.getValue() instanceof WebContentGenerator generator)
						? generator.getSupportedMethods() : null;
				return new LinkedHashSet<>((supported != null) ? Arrays.asList(supported) : ORDER);
			}
		}
		return Set.of();
	}

}
