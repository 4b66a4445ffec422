package org.tradeline.event.revision;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface EventRevisionRepository extends Repository<EventRevision, Long> {

	EventRevision save(EventRevision revision);

	Page<EventRevision> findByEventId(long eventId, Pageable pageable);

	Optional<EventRevision> findByEventIdAndNumber(long eventId, int number);

	@Query("select coalesce(max(r.number), 0) from EventRevision r where r.eventId = :eventId")
	int lastNumber(long eventId);

}
