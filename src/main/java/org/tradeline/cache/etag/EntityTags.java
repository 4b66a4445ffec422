package org.tradeline.cache.etag;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import org.tradeline.problem.InvalidParameterException;
import org.tradeline.problem.PreconditionException;

/**
 * Entity tags in and out of every controller, in one place: an {@link IfMatch} parameter receives
 * the request's If-Match and If-None-Match, a write whose handler takes none has its If-Match judged
 * here, and a 200 or 201 whose body is {@link EntityTagged} gets its ETag.
 */
@ControllerAdvice
public class EntityTags implements ResponseBodyAdvice<Object>, HandlerMethodArgumentResolver, HandlerInterceptor {

	/** The bound openapi.yaml gives If-Match: longer is a malformed request, not a failed precondition. */
	static final int MAX_IF_MATCH = 200;

	private final Etags etags;

	EntityTags(Etags etags) {
		this.etags = etags;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == IfMatch.class;
	}

	@Override
	public IfMatch resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest request, WebDataBinderFactory binderFactory) {
		String[] values = request.getHeaderValues(HttpHeaders.IF_MATCH);
		String header = ifMatch((values != null) ? List.of(values) : List.of());
		String[] none = request.getHeaderValues(HttpHeaders.IF_NONE_MATCH);
		return new IfMatch(header, (none != null && none.length > 0) ? String.join(",", none) : null);
	}

	/**
	 * A create, a restore, a decision or a revocation acts on nothing whose version a tag could name
	 * (its handler takes no {@link IfMatch}), so an If-Match listing tags cannot hold and nothing is
	 * done (RFC 9110 13.1.1); "*" holds wherever the handler finds what it acts on.
	 */
	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (handler instanceof HandlerMethod method && request.getDispatcherType() == DispatcherType.REQUEST
				&& !HttpMethod.GET.matches(request.getMethod())
				&& !HttpMethod.HEAD.matches(request.getMethod()) && !HttpMethod.OPTIONS.matches(request.getMethod())
				&& Arrays.stream(method.getMethodParameters()).noneMatch(this::supportsParameter)) {
			String header = ifMatch(Collections.list(request.getHeaders(HttpHeaders.IF_MATCH)));
			if (header != null && !Etags.listed(header).equals(List.of("*"))) {
				throw PreconditionException.unversioned();
			}
		}
		return true;
	}

	/** The request's If-Match fields as one, or null; 400 when too long or malformed, before any lookup. */
	private static String ifMatch(List<String> headers) {
		String header = headers.isEmpty() ? null : String.join(",", headers);
		if (header != null && header.length() > MAX_IF_MATCH) {
			throw new InvalidParameterException(HttpHeaders.IF_MATCH,
					"If-Match is longer than " + MAX_IF_MATCH + " characters; send the ETag of one representation");
		}
		if (header != null) {
			Etags.listed(header);
		}
		return header;
	}

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
			Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
			ServerHttpResponse response) {
		if (body instanceof EntityTagged representation && response instanceof ServletServerHttpResponse servlet) {
			int status = servlet.getServletResponse().getStatus();
			if ((status == HttpServletResponse.SC_OK || status == HttpServletResponse.SC_CREATED)
					&& response.getHeaders().getETag() == null) {
				response.getHeaders().setETag(this.etags.of(representation));
			}
		}
		return body;
	}

}
