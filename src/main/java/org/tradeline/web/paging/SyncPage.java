package org.tradeline.web.paging;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.tradeline.store.SyncRows;
import org.tradeline.web.PublicLinks;

/**
 * One page of a sync: the rows, in the one paging shape, and the cursor after its last row. The
 * answer links to the next page (RFC 8288 {@code Link: <...>; rel="next"}) whether or not rows are
 * left: a client that has all of them keeps that link and polls it later for what changed since.
 * @param <T> the rows' shape
 */
public record SyncPage<T>(PageResponse<T> page, SyncWindow window, SyncWindow.Cursor next) {

	/**
	 * The page of a {@link SyncWindow} over one table: the rows' places come from one index range
	 * (rows gone from the public view included when asked), the seen rows' content from {@code live}
	 * in one batch, and tombstones from the place alone. A row gone between the two reads is left
	 * out: its leaving moved it further on, where the client finds its tombstone.
	 * @param table the feature's table
	 * @param keyColumn what names a row in URLs ({@code slug} or {@code id}), for tombstones
	 * @param view which rows the public sees, and which it saw
	 * @param live the views of the seen rows with these ids, by id (with their read dependencies)
	 * @param tombstone the view of a row gone from the public view
	 */
	public static <T> SyncPage<T> of(SyncWindow window, SyncRows rows, String table, String keyColumn,
			SyncRows.PublicView view, Function<List<Long>, Map<Long, ? extends T>> live,
			Function<SyncRows.Row, ? extends T> tombstone) {
		SyncWindow.Cursor start = window.start();
		SyncRows.Rows which = window.includeDeleted() ? SyncRows.Rows.SEEN_OR_LEFT : SyncRows.Rows.SEEN;
		List<SyncRows.Row> found = rows.forward(table, keyColumn, view, window.since(), start.updatedAt(), start.id(),
				which, window.size());
		long total = rows.countForward(table, view, window.since(), start.updatedAt(), start.id(), which);
		List<Long> liveIds = found.stream().filter(row -> !row.gone()).map(SyncRows.Row::id).toList();
		Map<Long, ? extends T> views = liveIds.isEmpty() ? Map.of() : live.apply(liveIds);
		List<T> items = new ArrayList<>();
		for (SyncRows.Row row : found) {
			T item = row.gone() ? tombstone.apply(row) : views.get(row.id());
			if (item != null) {
				items.add(item);
			}
		}
		SyncWindow.Cursor next = found.isEmpty() ? start
				: new SyncWindow.Cursor(found.get(found.size() - 1).updatedAt(), found.get(found.size() - 1).id());
		return new SyncPage<>(PageResponse.of(items, Paging.of(0, window.size()), total), window, next);
	}

	/** The page, linking to the next under the public base URL, as every other absolute link. */
	public ResponseEntity<PageResponse<T>> answer(PublicLinks links) {
		String next = links.currentPath(this.window.continuation(this.next));
		return ResponseEntity.ok().header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"").body(this.page);
	}

}
