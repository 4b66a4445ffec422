package org.tradeline.event;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.NativeQuery;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface EventRepository extends Repository<Event, Long>, JpaSpecificationExecutor<Event> {

	Optional<Event> findBySlug(String slug);

	Optional<Event> findById(Long id);

	Event save(Event event);

	void flush();

	/** Id and deletion time of an event, deleted or not. */
	@NativeQuery("select id, deleted_at from event where slug = :slug")
	List<Object[]> findAnyBySlug(String slug);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@NativeQuery("update event set deleted_at = null, version = version + 1, updated_at = :now where id = :id")
	int restore(long id, java.sql.Timestamp now);

	@Query("select p from Participant p join fetch p.event join fetch p.actor where p.actor.id = :actorId and p.event.deletedAt is null "
			+ "order by p.event.startDate, p.event.slug")
	List<Participant> findAppearances(long actorId);

}
