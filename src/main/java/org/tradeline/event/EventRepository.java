package org.tradeline.event;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.NativeQuery;
import org.springframework.data.jpa.repository.Query;
import org.tradeline.provenance.subject.Subjects;
import org.tradeline.store.SluggedRepository;

public interface EventRepository extends SluggedRepository<Event>, JpaSpecificationExecutor<Event> {

	/** Sets an event's last change back to an earlier instant, which a write of its row moved. */
	@Modifying(flushAutomatically = true)
	@NativeQuery("update event set updated_at = :at where id = :id")
	int keepUpdatedAt(long id, Timestamp at);

	Optional<Event> findById(Long id);

	/** The live events among these. */
	List<Event> findByIdIn(Collection<Long> ids);

	/** Events as claims name them, deleted or not. */
	@NativeQuery("select id, slug, title as name, deleted_at is not null as deleted from event where id in (:ids)")
	List<Subjects.Row> findSubjects(Collection<Long> ids);

	@Query("select e.slug from Event e where e.slug in :slugs and e.state = org.tradeline.store.PublicationState.DRAFT "
			+ "order by e.slug")
	List<String> findDraftSlugs(Collection<String> slugs);

	/** Every slug, of live and deleted events, that is this one or this one with a suffix. */
	@NativeQuery("select slug from event where slug = :slug or slug like :prefix")
	List<String> findSlugsLike(String slug, String prefix);

	/** Slugs of the live published events among these (a JPA read: deleted events are invisible to it). */
	@Query("select new org.tradeline.event.EventRepository$SlugOfId(e.id, e.slug) from Event e where e.id in :ids "
			+ "and e.state = org.tradeline.store.PublicationState.PUBLISHED")
	List<SlugOfId> findSlugs(Collection<Long> ids);

	/** The drafts among these events, deleted or not. */
	@NativeQuery("select id from event where id in (:ids) and state = 'DRAFT'")
	List<Long> findDrafts(Collection<Long> ids);

	@Query("select p from Participant p join fetch p.event join fetch p.actor where p.actor.id = :actorId and p.event.deletedAt is null "
			+ "and p.event.state = org.tradeline.store.PublicationState.PUBLISHED order by p.event.startDate, p.event.slug")
	List<Participant> findAppearances(long actorId);

	@Query("select count(p) from Participant p where p.actor.id = :actorId and p.event.deletedAt is null")
	long countLiveParticipations(long actorId);

	// Deleted events too: native, as deleted events are invisible to JPA reads.
	@NativeQuery("select distinct event_id from event_participant where actor_id = :actorId")
	List<Long> findEventIdsOfActor(long actorId);

	// A deleted event's too, for its restore.
	@NativeQuery("select actor_id from event_participant where event_id = :eventId")
	List<Long> findActorIdsOfEvent(long eventId);

	record SlugOfId(long id, String slug) {
	}

}
