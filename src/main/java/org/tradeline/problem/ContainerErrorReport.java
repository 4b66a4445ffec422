package org.tradeline.problem;

import java.io.IOException;
import java.io.Writer;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.tradeline.ops.RequestIds;

/**
 * Tomcat's last word on errors that never reach the application (an over-large header, a malformed
 * request line, a URL it refuses): a bare problem+json body instead of Tomcat's HTML page, with the
 * request id and the security headers every answer carries. Says nothing else about the request, the
 * cause or the server, so there is nothing to escape and nothing to leak; like every problem, it is
 * for no cache to keep.
 */
public class ContainerErrorReport extends ErrorReportValve {

	/**
	 * A URL Tomcat refused before any filter ran (an encoded slash or backslash, NUL, bad
	 * percent-encoding): named as the firewall's refusals are.
	 */
	private static String refusedUrl() {
		InvalidParameterException refused = InvalidParameterException.refusedUrl();
		return "{\"title\":\"Invalid request parameter\",\"status\":400,\"detail\":\"" + refused.getMessage()
				+ "\",\"errors\":[{\"parameter\":\"" + refused.parameter() + "\",\"message\":\""
				+ refused.getMessage() + "\"}]}";
	}

	/**
	 * Any other request Tomcat could not read: a malformed request line or header (a raw non-ASCII
	 * byte, a bad Host), or a request line and headers together over server.max-http-request-header-size.
	 */
	private static final String UNREADABLE = "{\"title\":\"Bad Request\",\"status\":400,\"detail\":\"The request "
			+ "could not be read: its request line or a header is malformed, or together they are longer than the "
			+ "server takes (a URL of a few thousand characters at most)\"}";

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		// As the base class: only errors, only when nothing was written, and only once.
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		HttpStatus known = HttpStatus.resolve(status);
		String title = (known != null) ? known.getReasonPhrase() : "Error";
		try {
			// No filter ran: the id and security headers every answer carries are given here.
			String id = response.getHeader(RequestIds.HEADER);
			if (id == null) {
				id = RequestIds.accepted(request.getHeader(RequestIds.HEADER));
				response.setHeader(RequestIds.HEADER, id);
			}
			SecurityHeaders.addMissing(response);
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
			response.setCharacterEncoding("UTF-8");
			Writer writer = response.getReporter();
			if (writer != null) {
				// Tomcat's own message, not echoed: "Invalid URI: [The encoded slash character is not allowed]".
				boolean url = response.getMessage() != null && response.getMessage().startsWith("Invalid URI");
				boolean badRequest = status == HttpStatus.BAD_REQUEST.value();
				String body = (badRequest && url) ? refusedUrl() : badRequest ? UNREADABLE
						: "{\"title\":\"" + title + "\",\"status\":" + status + "}";
				// The id is letters, digits and . _ : - only (RequestIds), nothing to escape.
				writer.write(body.substring(0, body.length() - 1) + ",\"requestId\":\"" + id + "\"}");
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// The connection is going away; there is nobody left to tell.
		}
	}

}
