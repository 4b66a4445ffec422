package org.tradeline.support;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.report.ValidationReport.Message;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.ResultMatcher;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks real requests and responses against the published contract, openapi.yaml. */
public final class OpenApiContract {

	public static final Path SPEC = Path.of("openapi.yaml");

	private static final OpenApiInteractionValidator validator = OpenApiInteractionValidator
		.createForSpecificationUrl(SPEC.toAbsolutePath().toUri().toString())
		// allOf merged into one schema first: unknown properties are refused against the whole.
		.withResolveCombinators(true)
		.build();

	private OpenApiContract() {
	}

	/**
	 * The response is one openapi.yaml describes for that operation: documented status, content type
	 * and a body matching its schema. Requests are not checked: tests send bad ones on purpose.
	 */
	public static ResultMatcher conforms() {
		return result -> {
			MockHttpServletRequest request = result.getRequest();
			MockHttpServletResponse response = result.getResponse();
			SimpleResponse.Builder res = SimpleResponse.Builder.status(response.getStatus())
				.withBody(response.getContentAsString(StandardCharsets.UTF_8));
			response.getHeaderNames().forEach(name -> res.withHeader(name, response.getHeaders(name)));
			if (response.getContentType() != null) {
				res.withContentType(response.getContentType());
			}
			ValidationReport report = validator.validateResponse(request.getRequestURI(),
					Request.Method.valueOf(request.getMethod()), res.build());
			assertThat(report.getMessages())
				.as("%s %s?%s (status %d) against openapi.yaml", request.getMethod(), request.getRequestURI(),
						request.getQueryString(), response.getStatus())
				.isEmpty();
		};
	}

	/**
	 * What is wrong with a response received over HTTP, for the operation that path and method
	 * select in openapi.yaml: an empty list when it is one the contract documents.
	 */
	public static List<String> violations(String method, String path, int status, Map<String, List<String>> headers,
			String body) {
		SimpleResponse.Builder res = SimpleResponse.Builder.status(status).withBody(body);
		headers.forEach(res::withHeader);
		headers.entrySet()
			.stream()
			.filter(h -> "content-type".equalsIgnoreCase(h.getKey()) && !h.getValue().isEmpty())
			.findFirst()
			.ifPresent(h -> res.withContentType(h.getValue().get(0)));
		return validator.validateResponse(path, Request.Method.valueOf(method), res.build())
			.getMessages()
			.stream()
			.map(Message::toString)
			.toList();
	}

}
