package org.tradeline.cache.etag;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.tradeline.cache.ContentCodings;
import org.tradeline.problem.InvalidParameterException;
import org.tradeline.problem.PreconditionException;

/**
 * Strong entity tags for single resources. A tag is a digest of the resource's representation, so
 * it changes exactly when the body a GET returns would change (a claim added to an event, a
 * participant renamed) and never because something unrelated changed. Writes compare If-Match with
 * the tag of the current representation; JPA versions catch the writes that race past that check.
 */
@Component
public class Etags {

	private static final List<String> ANY = List.of("*");

	private final JsonMapper mapper;

	Etags(JsonMapper mapper) {
		this.mapper = mapper;
	}

	public String of(Object representation) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(this.mapper.writeValueAsBytes(representation));
			return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Whether an If-Match field names the representation with this tag by strong comparison (RFC 9110
	 * 13.1.1): "*", or the tag itself; a weak tag never matches. The tag of the gzipped copy the read
	 * cache serves names the same representation.
	 *
	 * @throws InvalidParameterException if the field is not "*" or a list of entity-tags (see {@link #listed})
	 */
	public static boolean names(String ifMatch, String tag) {
		List<String> listed = listed(ifMatch);
		if (listed.equals(ANY)) {
			return true;
		}
		if (tag == null || tag.startsWith("W/")) {
			return false;
		}
		return listed.stream().anyMatch(candidate -> ContentCodings.identityTag(candidate).equals(tag));
	}

	/**
	 * The entity-tags an If-Match field lists, or "*" alone, by the grammar of RFC 9110 13.1.1:
	 * {@code "*" / #entity-tag}, where an entity-tag is an optionally W/-prefixed quoted string of
	 * visible characters other than DQUOTE (8.8.3) and a list may hold empty elements (5.6.1). Anything
	 * else (a bare word, an unterminated quote, "W/" alone, "*" listed with tags) is a syntax error of
	 * the client's, answered 400 naming the header rather than 412, which says the resource changed.
	 */
	public static List<String> listed(String ifMatch) {
		if (ifMatch.strip().equals("*")) {
			return ANY;
		}
		List<String> tags = new ArrayList<>();
		int at = 0;
		int length = ifMatch.length();
		while (at < length) {
			char c = ifMatch.charAt(at);
			if (c == ',' || c == ' ' || c == '\t') {
				at++;
				continue;
			}
			int start = at;
			if (ifMatch.startsWith("W/", at)) {
				at += 2;
			}
			if (at >= length || ifMatch.charAt(at) != '"') {
				throw malformed();
			}
			at++;
			while (at < length && etagc(ifMatch.charAt(at))) {
				at++;
			}
			if (at >= length || ifMatch.charAt(at) != '"') {
				throw malformed();
			}
			at++;
			tags.add(ifMatch.substring(start, at));
			while (at < length && (ifMatch.charAt(at) == ' ' || ifMatch.charAt(at) == '\t')) {
				at++;
			}
			if (at < length && ifMatch.charAt(at) != ',') {
				throw malformed();
			}
		}
		return tags;
	}

	/** RFC 9110 8.8.3: %x21 / %x23-7E / obs-text (headers arrive decoded as ISO-8859-1). */
	private static boolean etagc(char c) {
		return c == 0x21 || (c >= 0x23 && c <= 0x7E) || (c >= 0x80 && c <= 0xFF);
	}

	private static InvalidParameterException malformed() {
		return new InvalidParameterException(HttpHeaders.IF_MATCH,
				"If-Match must be \"*\" or a comma-separated list of quoted entity tags, such as the ETag of the "
						+ "resource's last GET");
	}

	/**
	 * Throws unless If-Match is present and {@linkplain #names names} the current representation, and
	 * If-None-Match, if sent, does not (RFC 9110 13.2.2: for a write, a false If-None-Match is 412).
	 */
	public void require(IfMatch precondition, Object current) {
		String ifMatch = precondition.header();
		if (ifMatch == null || ifMatch.isBlank()) {
			throw PreconditionException.missing();
		}
		String tag = of(current);
		if (!names(ifMatch, tag)) {
			throw PreconditionException.failed();
		}
		if (precondition.ifNoneMatch() != null && namedByNoneMatch(precondition.ifNoneMatch(), tag)) {
			throw PreconditionException.exists();
		}
	}

	/**
	 * Whether an If-None-Match field names the current representation (RFC 9110 13.1.2): "*" names
	 * any, a tag names it by weak comparison (either coding's).
	 */
	static boolean namedByNoneMatch(String ifNoneMatch, String tag) {
		List<String> listed = noneMatchListed(ifNoneMatch);
		String current = opaque(tag);
		return listed.equals(ANY)
				|| listed.stream().anyMatch(candidate -> ContentCodings.identityTag(candidate).equals(current));
	}

	/**
	 * What an If-None-Match field lists, for reads and writes alike: "*" alone, or the tags without
	 * their W/ (it compares weakly); nothing when "*" is listed with tags, which is neither form of
	 * the field (RFC 9110 13.1.2) and so names nothing, as in If-Match. An element that is no tag is
	 * kept, and matches no tag.
	 */
	public static List<String> noneMatchListed(String ifNoneMatch) {
		List<String> listed = new ArrayList<>();
		for (String each : ifNoneMatch.split(",")) {
			if (!each.isBlank()) {
				listed.add(opaque(each.strip()));
			}
		}
		return (listed.size() > 1 && listed.contains("*")) ? List.of() : listed;
	}

	/** RFC 9110 8.8.3.2: weak comparison ignores W/. */
	public static String opaque(String tag) {
		return tag.startsWith("W/") ? tag.substring(2) : tag;
	}

}
