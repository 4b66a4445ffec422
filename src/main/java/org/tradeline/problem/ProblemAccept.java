package org.tradeline.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.accept.ContentNegotiationStrategy;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * A read from a client that accepts problem+json gets the problem its request meets (404 for an
 * unknown event), even where every representation of the URL is a mapping of its own, which Spring
 * MVC would otherwise refuse with 406 before any handler looked the resource up. Only the handler
 * lookup of a GET or HEAD is widened, to the JSON handler; the answer is still negotiated over what
 * the client sent, so a success it does not accept stays 406. A handler that writes its answer
 * itself (no content negotiation after it), or a write whose answer would be refused, is not run
 * for such a request at all.
 */
public final class ProblemAccept implements HandlerInterceptor {

	// The types the client accepts, kept when the lookup was widened beyond them.
	private static final String ACCEPTED = ProblemAccept.class.getName() + ".ACCEPTED";

	private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH");

	private final ContentNegotiationStrategy accepted;

	/** accepted: what the client accepts, as every answer is negotiated. */
	public ProblemAccept(ContentNegotiationStrategy accepted) {
		this.accepted = accepted;
	}

	/**
	 * The media types the handler lookup matches a GET or HEAD against: those accepted, and then
	 * application/json when problem+json is among them and JSON is not. Once a handler is chosen (its
	 * attribute set), the accepted types as they are.
	 */
	public static List<MediaType> forLookup(NativeWebRequest request, List<MediaType> accepted) {
		HttpServletRequest servlet = request.getNativeRequest(HttpServletRequest.class);
		boolean read = servlet != null && ("GET".equals(servlet.getMethod()) || "HEAD".equals(servlet.getMethod()));
		boolean lookup = request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE,
				RequestAttributes.SCOPE_REQUEST) == null;
		if (!read || !lookup || accepted.stream().noneMatch(MediaType.APPLICATION_PROBLEM_JSON::equalsTypeAndSubtype)
				|| accepted.stream().anyMatch(type -> type.includes(MediaType.APPLICATION_JSON))) {
			return accepted;
		}
		request.setAttribute(ACCEPTED, accepted, RequestAttributes.SCOPE_REQUEST);
		List<MediaType> widened = new ArrayList<>(accepted);
		widened.add(MediaType.APPLICATION_JSON);
		return widened;
	}

	/**
	 * Whether an answer in this media type would reach the client only through {@link #forLookup}'s
	 * widening: the type is not one the client accepts.
	 */
	static boolean refuses(HttpServletRequest request, MediaType type) {
		@SuppressWarnings("unchecked")
		List<MediaType> accepted = (List<MediaType>) request.getAttribute(ACCEPTED);
		return accepted != null && accepted.stream().noneMatch(type::isCompatibleWith);
	}

	/**
	 * Refused before the handler runs, when its success would be: a void handler writes its success
	 * itself, past any negotiation, so it is refused when the client accepts none of the types its
	 * mapping produces; a write answering in JSON, when the client does not accept JSON, since once
	 * it ran the change would be made and only its answer refused.
	 */
	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws HttpMediaTypeNotAcceptableException {
		if (!(handler instanceof HandlerMethod method)) {
			return true;
		}
		if (method.isVoid() && request.getAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE) instanceof Set<?> produces
				&& produces.stream().allMatch(type -> type instanceof MediaType media && refuses(request, media))) {
			throw new ProblemBodies.NotAcceptable();
		}
		if (WRITES.contains(request.getMethod()) && answersWithBody(method) && this.accepted
			.resolveMediaTypes(new ServletWebRequest(request))
			.stream()
			.noneMatch(type -> type.isCompatibleWith(MediaType.APPLICATION_JSON))) {
			throw new ProblemBodies.NotAcceptable();
		}
		return true;
	}

	private static boolean answersWithBody(HandlerMethod method) {
		MethodParameter returned = method.getReturnType();
		return !method.isVoid() && !(ResponseEntity.class.isAssignableFrom(returned.getParameterType())
				&& ResolvableType.forMethodParameter(returned).getGeneric(0).resolve() == Void.class);
	}

}
