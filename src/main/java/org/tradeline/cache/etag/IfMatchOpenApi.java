package org.tradeline.cache.etag;

import java.util.Arrays;

import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tells the generated spec what an {@link IfMatch} parameter is: the optional If-Match header,
 * not a query object. What it means is openapi.yaml's to say.
 */
@Configuration(proxyBeanMethods = false)
class IfMatchOpenApi {

	static {
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(IfMatch.class);
	}

	@Bean
	GlobalOperationCustomizer ifMatchHeader() {
		return (operation, handlerMethod) -> {
			if (Arrays.stream(handlerMethod.getMethodParameters())
				.anyMatch(parameter -> parameter.getParameterType() == IfMatch.class)) {
				operation.addParametersItem(new HeaderParameter().name("If-Match").required(false).schema(new StringSchema()));
			}
			return operation;
		};
	}

}
