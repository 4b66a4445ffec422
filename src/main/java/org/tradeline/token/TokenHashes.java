package org.tradeline.token;

import java.security.SecureRandom;
import java.util.Base64;

import org.tradeline.web.Text;

/** Token secrets: 32 random bytes, base64url with a "tl_" prefix; stored as lowercase hex SHA-256. */
public final class TokenHashes {

	static final String PREFIX = "tl_";

	private static final SecureRandom random = new SecureRandom();

	private TokenHashes() {
	}

	static String newSecret() {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	public static String sha256(String secret) {
		return Text.sha256(secret);
	}

}
