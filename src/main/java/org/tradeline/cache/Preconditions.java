package org.tradeline.cache;

import java.util.Collections;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.tradeline.cache.etag.Etags;
import org.tradeline.problem.InvalidParameterException;
import org.tradeline.problem.PreconditionException;

/**
 * The conditional headers of a GET or HEAD that would be answered 200, evaluated in the order of
 * RFC 9110 13.2.2 against the answer's validators: its ETag (and the tag of its gzipped copy, which
 * names the same representation) and its last change in epoch milliseconds (negative: unknown).
 * <p>
 * A date names a second, and the answer may have changed twice in one: a copy dated with the second
 * of the answer's last change shows that change only if it was the only one in its second (RFC 9110
 * 8.8.2.2). Otherwise the copy may be the one from before it, and If-Modified-Since cannot hold it
 * current (nor fail If-Unmodified-Since, which compares the same way: a date that validates nothing
 * there only costs a full answer, never a wrong one).
 */
final class Preconditions {

	private Preconditions() {
	}

	/** Whether the request asks for the answer only under a condition that can fail it (412). */
	static boolean guarded(HttpServletRequest request) {
		return request.getHeader(HttpHeaders.IF_MATCH) != null
				|| request.getHeader(HttpHeaders.IF_UNMODIFIED_SINCE) != null;
	}

	/**
	 * Steps 1 and 2: If-Match fails unless it names the answer ({@link Etags#names}); without it,
	 * If-Unmodified-Since fails if the answer changed after that date. Returns what to answer instead
	 * of the 200, or null when the conditions hold: a 412, or a 400 for an If-Match that is not one
	 * (a date that does not parse is ignored, RFC 9110 13.1.4).
	 */
	static RuntimeException refusal(HttpServletRequest request, String etag, long lastModified) {
		if (request.getHeader(HttpHeaders.IF_MATCH) != null) {
			try {
				boolean named = Etags.names(String.join(",", Collections.list(request.getHeaders(HttpHeaders.IF_MATCH))),
						etag);
				return named ? null : PreconditionException.unmet();
			}
			catch (InvalidParameterException ex) {
				return ex;
			}
		}
		long since = date(request, HttpHeaders.IF_UNMODIFIED_SINCE);
		return (since >= 0 && lastModified >= 0 && lastModified / 1000 > since / 1000) ? PreconditionException.unmet()
				: null;
	}

	/**
	 * Steps 3 and 4: whether to answer 304. If-None-Match holds the answer current when it names
	 * either coding's tag (by weak comparison) or is "*"; without it, If-Modified-Since does when the
	 * answer has not changed since that date, unless the date is still to come or is the second of a
	 * last change that was not {@code aloneInItsSecond}.
	 */
	static boolean notModified(HttpServletRequest request, String etag, String gzipEtag, long lastModified,
			boolean aloneInItsSecond) {
		if (request.getHeader(HttpHeaders.IF_NONE_MATCH) != null) {
			return held(request, etag, gzipEtag) != null;
		}
		long since = date(request, HttpHeaders.IF_MODIFIED_SINCE);
		// RFC 9110 13.1.3 reads the date on the server's clock, and 8.8.2.1 never dates a Last-Modified
		// after now: a later date was copied from no validator of ours (RFC 7232 3.3 called it invalid),
		// and would hold every answer current until then.
		boolean future = since / 1000 > System.currentTimeMillis() / 1000;
		if (since < 0 || future || lastModified < 0) {
			return false;
		}
		return lastModified / 1000 < since / 1000 || (lastModified / 1000 == since / 1000 && aloneInItsSecond);
	}

	/**
	 * The tag If-None-Match names, the coding the client holds ("*" names the identity one, or itself
	 * for an answer without a tag), or null.
	 */
	static String held(HttpServletRequest request, String etag, String gzipEtag) {
		String field = String.join(",", Collections.list(request.getHeaders(HttpHeaders.IF_NONE_MATCH)));
		for (String candidate : Etags.noneMatchListed(field)) {
			if (candidate.equals("*")) {
				// An answer streamed without a tag is current too.
				return (etag != null) ? etag : candidate;
			}
			if (etag != null && candidate.equals(Etags.opaque(etag))) {
				return etag;
			}
			if (gzipEtag != null && candidate.equals(Etags.opaque(gzipEtag))) {
				return gzipEtag;
			}
		}
		return null;
	}

	/** A date header, or -1 if absent or not a valid HTTP date (RFC 9110 13.1.3: then it is ignored). */
	private static long date(HttpServletRequest request, String header) {
		try {
			return request.getDateHeader(header);
		}
		catch (IllegalArgumentException ex) {
			return -1;
		}
	}

}
