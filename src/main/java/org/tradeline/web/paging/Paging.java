package org.tradeline.web.paging;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.tradeline.problem.InvalidParameterException;

/**
 * Validated page coordinates. Pages are zero-based; {@link #MAX_SIZE} caps the size so a single
 * request cannot ask for the whole store, and a page must start and end at a row offset an int can
 * hold (JPA takes the offset as an int): beyond it there are no rows anyway, and it is the client's
 * mistake, not the server's failure.
 */
public record Paging(int page, int size) {

	public static final int DEFAULT_SIZE = 20;

	public static final int MAX_SIZE = 100;

	public static Paging of(Integer page, Integer size) {
		int p = (page != null) ? page : 0;
		int s = (size != null) ? size : DEFAULT_SIZE;
		if (p < 0) {
			throw new InvalidParameterException("page", "page must be 0 or greater");
		}
		if (s < 1 || s > MAX_SIZE) {
			throw new InvalidParameterException("size", "size must be between 1 and " + MAX_SIZE);
		}
		int lastPage = (Integer.MAX_VALUE - s) / s;
		if (p > lastPage) {
			throw new InvalidParameterException("page", "page must be at most " + lastPage + " for size " + s);
		}
		return new Paging(p, s);
	}

	public Pageable pageable(Sort sort) {
		return PageRequest.of(this.page, this.size, sort);
	}

}
