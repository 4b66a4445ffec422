package org.tradeline.provenance.claim;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.NativeQuery;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.tradeline.provenance.AsOf;
import org.tradeline.provenance.subject.Subject;
import org.tradeline.provenance.subject.SubjectType;
import org.tradeline.store.NumberedRepository;
import org.tradeline.store.PublicationState;

public interface ClaimRepository extends NumberedRepository<Claim> {

	String FETCH = "select c from Claim c join fetch c.source join fetch c.attribute ";

	/** The claim's source counts as in print (see {@link AsOf}); bound to lastDay and lastApproximateDay. */
	String IN_PRINT = " and ((c.source.publishedPrecision = org.tradeline.provenance.PublicationPrecision.DAY"
			+ " and c.source.publishedOn <= :lastDay) or (c.source.publishedPrecision"
			+ " = org.tradeline.provenance.PublicationPrecision.APPROXIMATE and c.source.publishedOn <= :lastApproximateDay))";

	String CLAIM_SUBJECT = "select c.id, c.event_id, c.actor_id, c.figure_id from claim c ";

	/** The claim c is about the subject of type :type and id :id. */
	String OF_SUBJECT = "((:type = 'EVENT' and c.event_id = :id) or (:type = 'ACTOR' and c.actor_id = :id) "
			+ "or (:type = 'FIGURE' and c.figure_id = :id))";

	@Query(FETCH + "where c.eventId in :ids order by c.id")
	List<Claim> findByEventIds(@Param("ids") Collection<Long> ids);

	@Query(FETCH + "where c.actorId in :ids order by c.id")
	List<Claim> findByActorIds(@Param("ids") Collection<Long> ids);

	@Query(FETCH + "where c.figureId in :ids order by c.id")
	List<Claim> findByFigureIds(@Param("ids") Collection<Long> ids);

	@Query(FETCH + "where c.eventId = :id order by c.id")
	List<Claim> findByEventId(@Param("id") long id);

	@Query(FETCH + "where c.actorId = :id order by c.id")
	List<Claim> findByActorId(@Param("id") long id);

	@Query(FETCH + "where c.figureId = :id order by c.id")
	List<Claim> findByFigureId(@Param("id") long id);

	/**
	 * The live claims about these subjects of one type, with their sources and attributes. One
	 * subject, the common case (a detail, a write), takes a query of its own: Hibernate keeps no plan
	 * for a query with a list parameter and translates it anew on every call.
	 */
	default List<Claim> findBySubjects(SubjectType type, Collection<Long> ids) {
		if (ids.size() == 1) {
			long id = ids.iterator().next();
			return switch (type) {
				case EVENT -> findByEventId(id);
				case ACTOR -> findByActorId(id);
				case FIGURE -> findByFigureId(id);
			};
		}
		return switch (type) {
			case EVENT -> findByEventIds(ids);
			case ACTOR -> findByActorIds(ids);
			case FIGURE -> findByFigureIds(ids);
		};
	}

	/** Those whose source counts as in print on the day (all of them when asOf is null). */
	default List<Claim> findBySubjects(SubjectType type, Collection<Long> ids, AsOf asOf) {
		if (asOf == null) {
			return findBySubjects(type, ids);
		}
		return switch (type) {
			case EVENT -> findByEventIdsInPrint(ids, asOf.lastDay(), asOf.lastApproximateDay());
			case ACTOR -> findByActorIdsInPrint(ids, asOf.lastDay(), asOf.lastApproximateDay());
			case FIGURE -> findByFigureIdsInPrint(ids, asOf.lastDay(), asOf.lastApproximateDay());
		};
	}

	@Query(FETCH + "where c.eventId in :ids" + IN_PRINT + " order by c.id")
	List<Claim> findByEventIdsInPrint(@Param("ids") Collection<Long> ids, @Param("lastDay") LocalDate lastDay,
			@Param("lastApproximateDay") LocalDate lastApproximateDay);

	@Query(FETCH + "where c.actorId in :ids" + IN_PRINT + " order by c.id")
	List<Claim> findByActorIdsInPrint(@Param("ids") Collection<Long> ids, @Param("lastDay") LocalDate lastDay,
			@Param("lastApproximateDay") LocalDate lastApproximateDay);

	@Query(FETCH + "where c.figureId in :ids" + IN_PRINT + " order by c.id")
	List<Claim> findByFigureIdsInPrint(@Param("ids") Collection<Long> ids, @Param("lastDay") LocalDate lastDay,
			@Param("lastApproximateDay") LocalDate lastApproximateDay);

	@Query("""
			select new org.tradeline.provenance.claim.ClaimRepository$Counts(c.eventId, count(c), count(distinct c.source.id))
			from Claim c where c.eventId in :ids and c.state in :states""" + IN_PRINT + " group by c.eventId")
	List<Counts> countByEventsInPrint(@Param("ids") Collection<Long> ids, @Param("states") Collection<PublicationState> states,
			@Param("lastDay") LocalDate lastDay, @Param("lastApproximateDay") LocalDate lastApproximateDay);

	@Query("""
			select new org.tradeline.provenance.claim.ClaimRepository$Counts(c.eventId, count(c), count(distinct c.source.id))
			from Claim c where c.eventId in :ids and c.state in :states group by c.eventId""")
	List<Counts> countByEvents(@Param("ids") Collection<Long> ids, @Param("states") Collection<PublicationState> states);

	Claim save(Claim claim);

	@Override
	@Query(FETCH + "where c.id = :id")
	Optional<Claim> findById(@Param("id") Long id);

	@Query(FETCH + "where c.source.id = :sourceId order by c.id")
	List<Claim> findBySourceId(@Param("sourceId") long sourceId);

	@Query(FETCH + "where c.source.id in :sourceIds order by c.id")
	List<Claim> findBySourceIds(@Param("sourceIds") Collection<Long> sourceIds);

	// Claims soft-deleted together with their source or subject share its deleted_at. A claim is live
	// only while its source and subject are: those about a subject deleted since pass to it (the
	// caller restores those about live subjects).
	@NativeQuery(CLAIM_SUBJECT + "join source s on s.id = c.source_id "
			+ "where c.source_id = :sourceId and c.deleted_at = s.deleted_at order by c.id")
	List<ClaimSubject> findDeletedWithSource(@Param("sourceId") long sourceId);

	/** The claim, if its source is live: it may come back if its subject is live too. */
	@NativeQuery(CLAIM_SUBJECT + "join source s on s.id = c.source_id and s.deleted_at is null where c.id = :id")
	List<ClaimSubject> findWithLiveSource(@Param("id") long id);

	/** What each of these claims is about, deleted or not. */
	@NativeQuery(CLAIM_SUBJECT + "where c.id in (:ids) order by c.id")
	List<ClaimSubject> findSubjects(@Param("ids") Collection<Long> ids);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@NativeQuery("update claim set deleted_at = null, version = version + 1, updated_at = :now where id in (:ids)")
	int restore(@Param("ids") Collection<Long> ids, @Param("now") java.sql.Timestamp now);

	@Modifying(flushAutomatically = true)
	@NativeQuery("update claim set deleted_at = :at, version = version + 1, updated_at = :at "
			+ "where deleted_at is null and ((:type = 'EVENT' and event_id = :id) or (:type = 'ACTOR' and actor_id = :id) "
			+ "or (:type = 'FIGURE' and figure_id = :id))")
	int retireOfSubject(@Param("type") String type, @Param("id") long id, @Param("at") java.sql.Timestamp at);

	// The subject's deleted_at picks the claims deleted with it (not those whose source was deleted
	// since; they come back with the source).
	@NativeQuery("select c.id from claim c join source s on s.id = c.source_id and s.deleted_at is null "
			+ "where c.deleted_at = :deletedAt and " + OF_SUBJECT + " order by c.id")
	List<Long> findDeletedWithSubject(@Param("type") String type, @Param("id") long id,
			@Param("deletedAt") java.sql.Timestamp deletedAt);

	// Of the claims deleted with a subject being restored, those whose source was deleted since take the
	// source's deleted_at: they come back with the source, so restoring both in either order undoes both.
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@NativeQuery("update claim c set deleted_at = (select s.deleted_at from source s where s.id = c.source_id), "
			+ "version = version + 1, updated_at = :now where c.deleted_at = :deletedAt "
			+ "and c.source_id in (select s.id from source s where s.deleted_at is not null) and " + OF_SUBJECT)
	int passToDeletedSources(@Param("type") String type, @Param("id") long id,
			@Param("deletedAt") java.sql.Timestamp deletedAt, @Param("now") java.sql.Timestamp now);

	// Claims deleted with their source being restored whose subject was deleted since, the other way round.
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@NativeQuery("update claim set deleted_at = :at, version = version + 1, updated_at = :now where id in (:ids)")
	int passToDeletedSubject(@Param("ids") Collection<Long> ids, @Param("at") java.sql.Timestamp at,
			@Param("now") java.sql.Timestamp now);

	@Query("select count(c) from Claim c where c.attribute.valueType = org.tradeline.provenance.ValueType.ACTOR "
			+ "and c.value = :slug")
	long countNamingActor(@Param("slug") String slug);

	record Counts(Long subjectId, long claims, long sources) {
	}

	/** A claim and what it is about (one of the three subject columns is set). */
	record ClaimSubject(Long id, Long eventId, Long actorId, Long figureId) {

		public Subject subject() {
			return Subject.of(this.eventId, this.actorId, this.figureId)
				.orElseThrow(() -> new IllegalStateException("Claim " + this.id + " is not about exactly one subject"));
		}

	}

}
