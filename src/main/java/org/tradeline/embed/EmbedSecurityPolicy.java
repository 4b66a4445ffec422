package org.tradeline.embed;

/** The embeddable pages' Content-Security-Policy, for the security filter chain that serves them. */
public final class EmbedSecurityPolicy {

	/**
	 * Style and script only as files from this site (/embed/assets/), no inline style or script at
	 * all, so the page is the same bytes for every request and can be cached. 'self' rather than the
	 * files' hashes because browsers match hashes only against inline elements (and, for scripts,
	 * integrity attributes they do not all honour). Images, fonts, connections, plugins and a base URL
	 * are refused outright; the filter form may only submit here; any site may frame it.
	 */
	public static final String VALUE = "default-src 'none'; script-src 'self'; style-src 'self'; base-uri 'none'; "
			+ "form-action 'self'; frame-ancestors *";

	private EmbedSecurityPolicy() {
	}

}
