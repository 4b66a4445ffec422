package org.tradeline.problem.routes;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * The media types a URL serves to the request's method, which every 406 lists: once Spring MVC has
 * chosen a handler (a client that accepts only problem details is routed to the JSON one), its
 * refusal names only what that handler produces, not the URL's other representations.
 */
public class ServedMediaTypes {

	// Looked up when first needed: the handler mappings are built after the problem handler.
	private final ObjectProvider<HandlerMapping> mappings;

	public ServedMediaTypes(ObjectProvider<HandlerMapping> mappings) {
		this.mappings = mappings;
	}

	/**
	 * What the request mappings of the request's path and method produce (JSON where one declares
	 * nothing), or else those named, when no request mapping knows the path.
	 */
	public List<MediaType> of(HttpServletRequest request, List<MediaType> named) {
		PathContainer path = RoutedPath.of(request);
		RequestMethod method = "HEAD".equals(request.getMethod()) ? RequestMethod.GET
				: RequestMethod.resolve(request.getMethod());
		Set<MediaType> served = new TreeSet<>();
		for (HandlerMapping mapping : this.mappings.orderedStream().toList()) {
			if (mapping instanceof RequestMappingInfoHandlerMapping infos) {
				infos.getHandlerMethods().keySet().forEach(info -> {
					if (serves(info, path, method)) {
						Set<MediaType> produced = info.getProducesCondition().getProducibleMediaTypes();
						(produced.isEmpty() ? Set.of(MediaType.APPLICATION_JSON) : produced).stream()
							.filter(MediaType::isConcrete)
							.forEach(type -> served.add(new MediaType(type.getType(), type.getSubtype())));
					}
				});
			}
			if (!served.isEmpty()) {
				return List.copyOf(served);
			}
		}
		return named;
	}

	private static boolean serves(RequestMappingInfo info, PathContainer path, RequestMethod method) {
		Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
		return (methods.isEmpty() || methods.contains(method)) && RoutedPath.matches(info, path);
	}

}
