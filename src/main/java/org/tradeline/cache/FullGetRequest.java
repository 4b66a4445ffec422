package org.tradeline.cache;

import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * The request a kept answer is computed from: a GET (a HEAD that misses computes the GET entry)
 * without conditional or range headers, so the answer is the full one whoever asked.
 */
final class FullGetRequest extends HttpServletRequestWrapper {

	// Hidden from the computation of an entry, which must be the full answer whoever asked.
	private static final Set<String> CONDITIONAL = Set.of("if-none-match", "if-modified-since", "if-match",
			"if-unmodified-since", "if-range", "range");

	FullGetRequest(HttpServletRequest request) {
		super(request);
	}

	@Override
	public String getMethod() {
		return "GET";
	}

	@Override
	public String getHeader(String name) {
		return hidden(name) ? null : super.getHeader(name);
	}

	@Override
	public Enumeration<String> getHeaders(String name) {
		return hidden(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
	}

	@Override
	public long getDateHeader(String name) {
		return hidden(name) ? -1 : super.getDateHeader(name);
	}

	@Override
	public Enumeration<String> getHeaderNames() {
		List<String> names = Collections.list(super.getHeaderNames());
		names.removeIf(FullGetRequest::hidden);
		return Collections.enumeration(names);
	}

	private static boolean hidden(String name) {
		return CONDITIONAL.contains(name.toLowerCase(Locale.ROOT));
	}

}
