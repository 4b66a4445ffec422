package org.tradeline.figure;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.NativeQuery;
import org.springframework.data.repository.Repository;
import org.tradeline.provenance.Subjects;
import org.tradeline.store.SlugRow;

interface FigureRepository extends Repository<Figure, Long> {

	Page<Figure> findAll(Pageable pageable);

	/** The live figures among these. */
	List<Figure> findByIdIn(Collection<Long> ids);

	Optional<Figure> findBySlug(String slug);

	/** Live figures over a period, for charts. */
	List<Figure> findByPeriodStartNotNull(Sort sort);

	long count();

	Figure save(Figure figure);

	void flush();

	/** The figure with this slug, deleted or not. */
	@NativeQuery("select id, deleted_at is not null as deleted from figure where slug = :slug")
	Optional<SlugRow> findAnyBySlug(String slug);

	/** Figures as claims name them, deleted or not. */
	@NativeQuery("select id, slug, label as name, deleted_at is not null as deleted from figure where id in (:ids)")
	List<Subjects.Row> findSubjects(Collection<Long> ids);

	@NativeQuery("select id from figure where slug = :slug and deleted_at is null")
	Optional<Long> findLiveId(String slug);

	@NativeQuery("select deleted_at from figure where id = :id")
	Optional<Instant> findDeletedAt(long id);

	@NativeQuery("select id from figure where id in (:ids) order by id for update")
	List<Long> lock(Collection<Long> ids);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@NativeQuery("update figure set deleted_at = null, version = version + 1, updated_at = :now where id = :id")
	int restore(long id, Timestamp now);

}
