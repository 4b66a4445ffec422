package org.tradeline.web;

import java.net.URI;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMapping;

/** Where a created resource lives: its controller's collection path and its key. */
final class ResourceLocations {

	private ResourceLocations() {
	}

	static URI of(Class<?> controller, Object key) {
		RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(controller, RequestMapping.class);
		return URI.create(mapping.path()[0] + "/" + key);
	}

}
