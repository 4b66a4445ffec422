package org.tradeline.figure;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

interface FigureRepository extends Repository<Figure, Long> {

	Page<Figure> findAll(Pageable pageable);

}
