package org.tradeline.figure;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

interface FigureRepository extends Repository<Figure, Long> {

	Page<Figure> findAll(Pageable pageable);

	java.util.Optional<Figure> findBySlug(String slug);

	Figure save(Figure figure);

	void flush();

	@org.springframework.data.jpa.repository.NativeQuery("select id, deleted_at from figure where slug = :slug")
	java.util.List<Object[]> findAnyBySlug(String slug);

	// Native so that figures need not know the event feature.
	@org.springframework.data.jpa.repository.NativeQuery("select id from event where slug = :slug and deleted_at is null")
	java.util.List<Object> findEventId(String slug);

	@org.springframework.data.jpa.repository.Modifying(flushAutomatically = true, clearAutomatically = true)
	@org.springframework.data.jpa.repository.NativeQuery("update figure set deleted_at = null, version = version + 1, updated_at = :now where id = :id")
	int restore(long id, java.sql.Timestamp now);

}
