package org.tradeline.cache;

import java.util.Enumeration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;

/**
 * The content codings the read cache serves. A gzipped answer carries the ETag of the plain one with
 * {@value #GZIP_TAG_SUFFIX} inside the quotes: a strong validator must differ between codings, and a
 * client that holds either copy may still send its tag back (If-None-Match, If-Match).
 */
public final class ContentCodings {

	public static final String GZIP_TAG_SUFFIX = "-gzip";

	private ContentCodings() {
	}

	/** The tag of the plain representation that a (possibly gzip-coding) entity tag stands for. */
	public static String identityTag(String tag) {
		String suffix = GZIP_TAG_SUFFIX + "\"";
		return (tag != null && tag.endsWith(suffix))
				? tag.substring(0, tag.length() - suffix.length()) + "\"" : tag;
	}

	/** Whether Accept-Encoding admits gzip (RFC 9110 12.5.3: a q of 0 means "not acceptable"). */
	static boolean acceptsGzip(HttpServletRequest request) {
		boolean gzip = false;
		boolean any = false;
		Enumeration<String> headers = request.getHeaders(HttpHeaders.ACCEPT_ENCODING);
		while (headers != null && headers.hasMoreElements()) {
			for (String coding : headers.nextElement().split(",")) {
				String[] parts = coding.split(";");
				String name = parts[0].strip().toLowerCase(Locale.ROOT);
				boolean refused = false;
				for (int i = 1; i < parts.length; i++) {
					String parameter = parts[i].strip().toLowerCase(Locale.ROOT).replace(" ", "");
					if (parameter.startsWith("q=")) {
						refused = parameter.substring(2).matches("0(\\.0{0,3})?");
					}
				}
				if (name.equals("gzip") || name.equals("x-gzip")) {
					if (refused) {
						return false;
					}
					gzip = true;
				}
				else if (name.equals("*")) {
					any = !refused;
				}
			}
		}
		return gzip || any;
	}

}
