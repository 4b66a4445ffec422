package org.tradeline.problem;

import java.io.IOException;

/**
 * A request body that is not well-formed UTF-8; answered with 400. An IOException so that it can
 * surface from the body stream while a parser reads it.
 */
public class InvalidUtf8Exception extends IOException {

	public InvalidUtf8Exception(long position) {
		super("The body is not well-formed UTF-8: an overlong, surrogate, out-of-range or broken byte sequence at byte "
				+ position);
	}

}
