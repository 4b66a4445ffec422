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
 * A problem names the request it answers by its path ({@code instance}), unless the path is longer
 * than any the API serves: then it is left out rather than sent back whole (a 10,000-character slug
 * is refused, not repeated). The request id still identifies the occurrence.
 */
@ControllerAdvice
class ProblemInstances implements ResponseBodyAdvice<Object> {

	/** Beyond the longest path served, a slug of 120 characters between the longest prefix and suffix. */
	static final int MAX_LENGTH = 256;

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType selectedContentType,
			Class<? extends HttpMessageConverter<?>> selectedConverterType, ServerHttpRequest request,
			ServerHttpResponse response) {
		if (body instanceof ProblemDetail problem && problem.getInstance() != null
				&& problem.getInstance().toString().length() > MAX_LENGTH) {
			problem.setInstance(null);
		}
		return body;
	}

}
