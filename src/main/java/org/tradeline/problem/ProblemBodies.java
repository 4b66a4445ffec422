package org.tradeline.problem;

import org.springframework.core.MethodParameter;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * What goes out as problem+json, checked as the body is written:
 * <ul>
 * <li>Only problems. The JSON converter offers that type for problems only (web.DeclaredMediaTypes);
 * should a successful answer still be labelled so (a handler setting its own Content-Type), or be
 * in a type that a client which reached the handler for its problems does not accept
 * ({@link ProblemAccept}), it is answered 406
 * instead (as a problem, which that client does accept).</li>
 * <li>A problem names the request it answers by its path ({@code instance}, which Spring MVC fills in
 * just before this), unless the path is longer than any the API serves: then it is left out rather
 * than sent back whole (a 10,000-character slug is refused, not repeated). The request id still
 * identifies the occurrence.</li>
 * <li>No problem is stored by any cache ({@code Cache-Control: no-store}): each says how things stand
 * as it is answered.</li>
 * </ul>
 */
@ControllerAdvice
class ProblemBodies implements ResponseBodyAdvice<Object> {

	/** Beyond the longest path served, a slug of 120 characters between the longest prefix and suffix. */
	static final int MAX_INSTANCE_LENGTH = 256;

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType selectedContentType,
			Class<? extends HttpMessageConverter<?>> selectedConverterType, ServerHttpRequest request,
			ServerHttpResponse response) {
		if (!(body instanceof ProblemDetail problem)) {
			if (MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(selectedContentType)
					|| (request instanceof ServletServerHttpRequest servlet && ProblemAccept.refuses(servlet.getServletRequest(), selectedContentType))) {
				throw new NotAcceptable();
			}
			return body;
		}
		if (problem.getInstance() != null && problem.getInstance().toString().length() > MAX_INSTANCE_LENGTH) {
			problem.setInstance(null);
		}
		// A shared cache would otherwise keep "no such event" heuristically after the event is created.
		response.getHeaders().setCacheControl(CacheControl.noStore());
		return problem;
	}

	/** Answered 406 by ProblemHandler, as every 406 is: listing the media types the URL serves. */
	static final class NotAcceptable extends RuntimeException {

		NotAcceptable() {
			super("Not acceptable", null, false, false);
		}

	}

}
