package org.tradeline.problem;

import java.io.IOException;

/**
 * A request body over the configured cap; answered with 413. An IOException so that it can surface
 * from the body stream while Jackson reads it.
 */
public class PayloadTooLargeException extends IOException {

	public PayloadTooLargeException(long limit) {
		super("Request bodies are limited to " + limit + " bytes.");
	}

}
