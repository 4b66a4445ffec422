package org.tradeline.problem;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Only problems go out as problem+json. The JSON converter offers that type for problems only
 * (web.DeclaredMediaTypes); should a successful answer still be labelled so (a handler setting its
 * own Content-Type), it is answered 406 instead (as a problem, which that client does accept).
 */
@ControllerAdvice
class ProblemMediaTypeGuard implements ResponseBodyAdvice<Object> {

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType selectedContentType,
			Class<? extends HttpMessageConverter<?>> selectedConverterType, ServerHttpRequest request,
			ServerHttpResponse response) {
		if (MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(selectedContentType) && !(body instanceof ProblemDetail)) {
			throw new NotAcceptable();
		}
		return body;
	}

	/** Answered 406 by ProblemHandler. */
	static final class NotAcceptable extends RuntimeException {

		NotAcceptable() {
			super("This resource is not a problem: accept application/json", null, false, false);
		}

	}

}
