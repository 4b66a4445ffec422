package org.tradeline.problem;

/** A request parameter the client sent is well-formed but not acceptable; answered with 400. */
public class InvalidParameterException extends RuntimeException {

	private final String parameter;

	public InvalidParameterException(String parameter, String message) {
		super(message);
		this.parameter = parameter;
	}

	/** A URL refused before any handler saw it (by the firewall or the container). */
	public static InvalidParameterException refusedUrl() {
		return refusedUrl("The request URL contains characters that are not allowed");
	}

	/** A URL refused before any handler saw it, saying why. */
	public static InvalidParameterException refusedUrl(String detail) {
		return new InvalidParameterException("url", detail);
	}

	public String parameter() {
		return this.parameter;
	}

}
