package org.tradeline.security;

import java.util.Collections;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.tradeline.problem.Excerpt;

/**
 * The service decodes no request content coding: a body sent gzip, br or in any coding but identity
 * would be read as if it were not encoded, so it is refused with 415 and Accept-Encoding: identity
 * (RFC 9110 8.4.1 and 12.5.3), before any of it is read.
 */
final class ContentCoding {

	private static final String IDENTITY = "identity";

	private ContentCoding() {
	}

	/** The refusal of the request's body, or null if it declares no coding but identity. */
	static ErrorResponseException refusal(HttpServletRequest request) {
		StringBuilder declared = new StringBuilder();
		for (String field : Collections.list(request.getHeaders(HttpHeaders.CONTENT_ENCODING))) {
			for (String coding : field.split(",")) {
				String name = coding.strip();
				if (!name.isEmpty() && !name.toLowerCase(Locale.ROOT).equals(IDENTITY)) {
					declared.append(declared.isEmpty() ? "" : ", ").append(name);
				}
			}
		}
		if (declared.isEmpty()) {
			return null;
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
				"Request bodies are taken without a content coding, but Content-Encoding declares "
						+ Excerpt.of(declared.toString()) + ": send the body unencoded (identity).");
		problem.setTitle("Unsupported Media Type");
		ErrorResponseException refusal = new ErrorResponseException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, problem, null);
		refusal.getHeaders().set(HttpHeaders.ACCEPT_ENCODING, IDENTITY);
		return refusal;
	}

}
