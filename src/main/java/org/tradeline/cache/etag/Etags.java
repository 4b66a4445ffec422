package org.tradeline.cache.etag;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;
import org.tradeline.cache.ContentCodings;
import org.tradeline.problem.PreconditionException;

/**
 * Strong entity tags for single resources. A tag is a digest of the resource's representation, so
 * it changes exactly when the body a GET returns would change (a claim added to an event, a
 * participant renamed) and never because something unrelated changed. Writes compare If-Match with
 * the tag of the current representation; JPA versions catch the writes that race past that check.
 */
@Component
public class Etags {

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
	 * Whether an If-Match list names the representation with this tag by strong comparison (RFC 9110
	 * 13.1.1): "*", or the tag itself; a weak tag never matches. The tag of the gzipped copy the read
	 * cache serves names the same representation. "*" is the whole field or not valid: a list with it
	 * and tags names nothing, whatever tags it lists.
	 */
	public static boolean names(String ifMatch, String tag) {
		List<String> listed = Arrays.stream(ifMatch.split(",")).map(String::strip).toList();
		if (listed.contains("*")) {
			return listed.size() == 1;
		}
		if (tag == null || tag.startsWith("W/")) {
			return false;
		}
		return listed.stream().anyMatch(candidate -> ContentCodings.identityTag(candidate).equals(tag));
	}

	/** Throws unless ifMatch is present and {@linkplain #names names} the current representation. */
	public void require(IfMatch precondition, Object current) {
		String ifMatch = precondition.header();
		if (ifMatch == null || ifMatch.isBlank()) {
			throw PreconditionException.missing();
		}
		if (!names(ifMatch, of(current))) {
			throw PreconditionException.failed();
		}
	}

}
