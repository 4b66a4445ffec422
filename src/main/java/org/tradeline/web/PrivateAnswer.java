package org.tradeline.web;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;

/**
 * An answer that shows drafts or names token holders (revisions, suggestions, tokens): for the
 * client that asked only, never kept by a shared cache.
 */
public final class PrivateAnswer {

	private PrivateAnswer() {
	}

	/** 200 with the body, {@code Cache-Control: no-store, private}. */
	public static <T> ResponseEntity<T> ok(T body) {
		return ResponseEntity.ok().cacheControl(CacheControl.noStore().cachePrivate()).body(body);
	}

}
