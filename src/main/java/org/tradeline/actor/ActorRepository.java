package org.tradeline.actor;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

public interface ActorRepository extends Repository<Actor, Long> {

	boolean existsBySlug(String slug);

	java.util.List<Actor> findBySlugIn(java.util.Collection<String> slugs);

	Optional<Actor> findBySlug(String slug);

	Page<Actor> findAll(Pageable pageable);

	Actor save(Actor actor);

	void flush();

	@org.springframework.data.jpa.repository.NativeQuery("select id, deleted_at from actor where slug = :slug")
	java.util.List<Object[]> findAnyBySlug(String slug);

	@org.springframework.data.jpa.repository.NativeQuery("select count(*) from event_participant p join event e on e.id = p.event_id "
			+ "where p.actor_id = :actorId and e.deleted_at is null")
	long countLiveParticipations(long actorId);

	// Deleted events too: a restore brings them back with the actor's current name.
	@org.springframework.data.jpa.repository.NativeQuery("select distinct event_id from event_participant where actor_id = :actorId")
	java.util.List<Long> findEventIds(long actorId);

	@org.springframework.data.jpa.repository.Modifying(flushAutomatically = true, clearAutomatically = true)
	@org.springframework.data.jpa.repository.NativeQuery("update actor set deleted_at = null, version = version + 1, updated_at = :now where id = :id")
	int restore(long id, java.sql.Timestamp now);

}
