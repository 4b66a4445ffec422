package org.tradeline.ops;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Every problem body written through Spring MVC (the one problem handler, Spring's own errors and
 * the container's error page) carries the request's id as {@code requestId}, the same value as the
 * {@code X-Request-Id} header, for users who report an error by pasting its body.
 */
@ControllerAdvice
class RequestIdProblems implements ResponseBodyAdvice<Object> {

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType selectedContentType,
			Class<? extends HttpMessageConverter<?>> selectedConverterType, ServerHttpRequest request,
			ServerHttpResponse response) {
		if (body instanceof ProblemDetail problem && request instanceof ServletServerHttpRequest servlet) {
			String id = RequestIdFilter.of(servlet.getServletRequest());
			if (id != null) {
				problem.setProperty("requestId", id);
			}
		}
		return body;
	}

}
