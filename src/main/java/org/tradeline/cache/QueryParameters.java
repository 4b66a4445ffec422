package org.tradeline.cache;

import java.lang.reflect.RecordComponent;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.BeanUtils;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;

import org.tradeline.cache.etag.IfMatch;

/** Query parameter names: those a handler method reads, and those a request sends. */
final class QueryParameters {

	private QueryParameters() {
	}

	/** @RequestParam names and the components of records bound from the query (EventFilter, AsOf). */
	static Set<String> declaredBy(HandlerMethod handler) {
		Set<String> names = new TreeSet<>();
		for (MethodParameter parameter : handler.getMethodParameters()) {
			parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			Class<?> type = parameter.getParameterType();
			if (param != null) {
				String name = !param.name().isEmpty() ? param.name() : parameter.getParameterName();
				if (name != null) {
					names.add(name);
				}
			}
			// IfMatch is a record too, but read from its header (EntityTags), not bound from the query.
			else if (type.isRecord() && type != IfMatch.class && (parameter.getParameterAnnotations().length == 0
					|| parameter.hasParameterAnnotation(ModelAttribute.class)
					|| hasAnnotationNamed(parameter, "ParameterObject")) && !BeanUtils.isSimpleProperty(type)) {
				for (RecordComponent component : type.getRecordComponents()) {
					names.add(component.getName());
				}
			}
		}
		return names;
	}

	private static boolean hasAnnotationNamed(MethodParameter parameter, String simpleName) {
		for (var annotation : parameter.getParameterAnnotations()) {
			if (annotation.annotationType().getSimpleName().equals(simpleName)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The names in the query string (not in a form body), decoded the way the container decodes them;
	 * null if the query string does not decode (the container refuses it later).
	 */
	static Set<String> sentIn(HttpServletRequest request) {
		String query = request.getQueryString();
		if (query == null || query.isEmpty()) {
			return Set.of();
		}
		Set<String> names = new LinkedHashSet<>();
		try {
			for (String pair : query.split("&")) {
				if (!pair.isEmpty()) {
					int equals = pair.indexOf('=');
					names.add(URLDecoder.decode((equals < 0) ? pair : pair.substring(0, equals), StandardCharsets.UTF_8));
				}
			}
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
		return names;
	}

}
