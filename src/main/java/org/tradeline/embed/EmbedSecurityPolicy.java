package org.tradeline.embed;

/** The embeddable pages' Content-Security-Policy, for the security filter chain that serves them. */
public final class EmbedSecurityPolicy {

	/** Allows the page's own inline style and script by hash, nothing else, and framing by any site. */
	public static final String VALUE = EmbedPage.CONTENT_SECURITY_POLICY;

	private EmbedSecurityPolicy() {
	}

}
