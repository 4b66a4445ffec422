package org.tradeline.problem;

import java.io.IOException;

/**
 * A request body whose Content-Type declares a charset other than UTF-8; answered with 415. Every
 * body of this API is JSON, which is UTF-8 (RFC 8259), so another label is either wrong or asks for a
 * decoding that would store different text than was meant. An IOException so that it surfaces where
 * the body is first read, after authentication.
 */
public class BodyCharsetException extends IOException {

	public BodyCharsetException(String declared) {
		super("Request bodies are JSON in UTF-8 (RFC 8259), but Content-Type declares charset=" + declared
				+ ": send UTF-8, labelled charset=utf-8 or not labelled at all.");
	}

}
