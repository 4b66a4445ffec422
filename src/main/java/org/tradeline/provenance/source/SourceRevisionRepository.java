package org.tradeline.provenance.source;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface SourceRevisionRepository extends Repository<SourceRevision, Long> {

	SourceRevision save(SourceRevision revision);

	Page<SourceRevision> findBySourceId(long sourceId, Pageable pageable);

	Optional<SourceRevision> findBySourceIdAndNumber(long sourceId, int number);

	@Query("select coalesce(max(r.number), 0) from SourceRevision r where r.sourceId = :sourceId")
	int lastNumber(long sourceId);

}
