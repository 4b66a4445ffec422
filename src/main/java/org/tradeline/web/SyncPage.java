package org.tradeline.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * One page of a sync: the rows, in the one paging shape, and the cursor after its last row. The
 * answer links to the next page (RFC 8288 {@code Link: <...>; rel="next"}) whether or not rows are
 * left: a client that has all of them keeps that link and polls it later for what changed since.
 * @param <T> the rows' shape
 */
public record SyncPage<T>(PageResponse<T> page, SyncWindow window, SyncWindow.Cursor next) {

	public ResponseEntity<PageResponse<T>> answer() {
		String next = ServletUriComponentsBuilder.fromCurrentRequestUri()
			.replaceQuery(this.window.continuation(this.next))
			.toUriString();
		return ResponseEntity.ok().header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"").body(this.page);
	}

}
