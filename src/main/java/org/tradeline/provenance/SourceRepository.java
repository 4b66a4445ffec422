package org.tradeline.provenance;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

interface SourceRepository extends Repository<Source, Long> {

	Page<Source> findAll(Pageable pageable);

	Optional<Source> findById(Long id);

}
