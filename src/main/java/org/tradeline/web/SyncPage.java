package org.tradeline.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.tradeline.store.SyncRows;

/**
 * One page of a sync: the rows, in the one paging shape, and the cursor after its last row. The
 * answer links to the next page (RFC 8288 {@code Link: <...>; rel="next"}) whether or not rows are
 * left: a client that has all of them keeps that link and polls it later for what changed since.
 * @param <T> the rows' shape
 */
public record SyncPage<T>(PageResponse<T> page, SyncWindow window, SyncWindow.Cursor next) {

	/**
	 * The page of a {@link SyncWindow} over one table: the rows' places come from one index range
	 * (deleted rows included when asked), the live rows' content from {@code live} in one batch, and
	 * tombstones from the place alone. A row deleted between the two reads is left out: its deletion
	 * moved it further on, where the client finds its tombstone.
	 * @param table the feature's table
	 * @param keyColumn what names a row in URLs ({@code slug} or {@code id}), for tombstones
	 * @param live the views of the live rows with these ids, by id (with their read dependencies)
	 * @param tombstone the view of a deleted row
	 */
	public static <T> SyncPage<T> of(SyncWindow window, SyncRows rows, String table, String keyColumn,
			Function<List<Long>, Map<Long, ? extends T>> live, Function<SyncRows.Row, ? extends T> tombstone) {
		SyncWindow.Cursor start = window.start();
		SyncRows.Rows which = window.includeDeleted() ? SyncRows.Rows.ALL : SyncRows.Rows.LIVE;
		List<SyncRows.Row> found = rows.forward(table, keyColumn, window.since(), start.updatedAt(), start.id(), which,
				window.size());
		long total = rows.countForward(table, window.since(), start.updatedAt(), start.id(), which);
		List<Long> liveIds = found.stream().filter(row -> !row.deleted()).map(SyncRows.Row::id).toList();
		Map<Long, ? extends T> views = liveIds.isEmpty() ? Map.of() : live.apply(liveIds);
		List<T> items = new ArrayList<>();
		for (SyncRows.Row row : found) {
			T view = row.deleted() ? tombstone.apply(row) : views.get(row.id());
			if (view != null) {
				items.add(view);
			}
		}
		SyncWindow.Cursor next = found.isEmpty() ? start
				: new SyncWindow.Cursor(found.get(found.size() - 1).updatedAt(), found.get(found.size() - 1).id());
		return new SyncPage<>(PageResponse.of(items, Paging.of(0, window.size()), total), window, next);
	}

	public ResponseEntity<PageResponse<T>> answer() {
		String next = ServletUriComponentsBuilder.fromCurrentRequestUri()
			.replaceQuery(this.window.continuation(this.next))
			.toUriString();
		return ResponseEntity.ok().header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"").body(this.page);
	}

}
