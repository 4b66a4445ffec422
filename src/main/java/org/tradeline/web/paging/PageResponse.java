package org.tradeline.web.paging;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/** The one paging shape every list endpoint returns. */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

	public static <T> PageResponse<T> of(List<T> items, Paging paging, long totalItems) {
		int totalPages = (int) ((totalItems + paging.size() - 1) / paging.size());
		return new PageResponse<>(items, paging.page(), paging.size(), totalItems, totalPages);
	}

	public static <E, T> PageResponse<T> of(Page<E> page, Function<E, T> mapper) {
		return new PageResponse<>(page.getContent().stream().map(mapper).toList(), page.getNumber(), page.getSize(),
				page.getTotalElements(), page.getTotalPages());
	}

	/** Slices an in-memory list; for lists computed rather than queried. */
	public static <T> PageResponse<T> slice(List<T> all, Paging paging) {
		int from = (int) Math.min((long) paging.page() * paging.size(), all.size());
		int to = Math.min(from + paging.size(), all.size());
		return of(all.subList(from, to), paging, all.size());
	}

}
