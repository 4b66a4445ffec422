package org.tradeline.figure;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.NativeQuery;
import org.tradeline.provenance.subject.Subjects;
import org.tradeline.store.SluggedRepository;

interface FigureRepository extends SluggedRepository<Figure> {

	Page<Figure> findAll(Pageable pageable);

	/** The live figures among these. */
	List<Figure> findByIdIn(Collection<Long> ids);

	/** Live figures over a period, for charts. */
	List<Figure> findByPeriodStartNotNull(Sort sort);

	long count();

	/**
	 * Marks a live figure changed without loading it: a claim about it changed what it shows. One
	 * update of its row, which waits for any other writer of it instead of failing on its version.
	 */
	@Modifying(flushAutomatically = true)
	@NativeQuery("update figure set version = version + 1, updated_at = :now where id = :id and deleted_at is null")
	int touch(long id, Timestamp now);

	/** The live figures an event released or set, in id order (the order writers lock them in). */
	@NativeQuery("select id from figure where event_id = :eventId and deleted_at is null order by id")
	List<Long> findLiveIdsByEventId(long eventId);

	/** Figures as claims name them, deleted or not. */
	@NativeQuery("select id, slug, label as name, deleted_at is not null as deleted from figure where id in (:ids)")
	List<Subjects.Row> findSubjects(Collection<Long> ids);

}
