package org.tradeline.figure;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.NativeQuery;
import org.springframework.data.repository.Repository;

interface FigureRepository extends Repository<Figure, Long> {

	Page<Figure> findAll(Pageable pageable);

	@NativeQuery("select id, slug from event where id in (:ids)")
	List<Object[]> eventSlugs(List<Long> ids);

}
