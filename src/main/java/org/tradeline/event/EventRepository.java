package org.tradeline.event;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface EventRepository extends Repository<Event, Long>, JpaSpecificationExecutor<Event> {

	Optional<Event> findBySlug(String slug);

	@Query("select p from Participant p join fetch p.event join fetch p.actor where p.actor.id = :actorId "
			+ "order by p.event.startDate, p.event.slug")
	List<Participant> findAppearances(long actorId);

}
