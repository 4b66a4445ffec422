package org.tradeline.provenance;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.NativeQuery;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface ClaimRepository extends Repository<Claim, Long> {

	String FETCH = "select c from Claim c join fetch c.source join fetch c.attribute ";

	@Query(FETCH + "where c.eventId in :ids order by c.id")
	List<Claim> findByEventIds(@Param("ids") Collection<Long> ids);

	@Query(FETCH + "where c.actorId in :ids order by c.id")
	List<Claim> findByActorIds(@Param("ids") Collection<Long> ids);

	@Query(FETCH + "where c.figureId in :ids order by c.id")
	List<Claim> findByFigureIds(@Param("ids") Collection<Long> ids);

	@Query(FETCH + "order by c.id")
	List<Claim> findAllWithSources();

	/** Every claim that shares a subject and attribute with a claim of the given sources. */
	@Query(FETCH + """
			where exists (select 1 from Claim o where o.source.id in :sourceIds and o.attribute = c.attribute
			    and (o.eventId = c.eventId or o.actorId = c.actorId or o.figureId = c.figureId))
			order by c.id""")
	List<Claim> findComparableToSources(@Param("sourceIds") Collection<Long> sourceIds);

	@Query(FETCH + "where c.eventId in :ids and c.attribute.singleValued = true order by c.id")
	List<Claim> findSingleValuedByEventIds(@Param("ids") Collection<Long> ids);

	// Claims of single-valued attributes whose subject has another claim of that attribute with a
	// different value: a superset of the disputed ones (compatible dates such as "May" and "mid-May"
	// differ too), narrowed by DisputeDetector. One query, served by the (subject, attribute) indexes.
	@Query(FETCH + """
			where c.eventId is not null and c.attribute.singleValued = true and exists (select 1 from Claim o
			    where o.eventId = c.eventId and o.attribute = c.attribute and o.value <> c.value)""")
	List<Claim> findDifferingEventClaims();

	@Query(FETCH + """
			where c.actorId is not null and c.attribute.singleValued = true and exists (select 1 from Claim o
			    where o.actorId = c.actorId and o.attribute = c.attribute and o.value <> c.value)""")
	List<Claim> findDifferingActorClaims();

	@Query(FETCH + """
			where c.figureId is not null and c.attribute.singleValued = true and exists (select 1 from Claim o
			    where o.figureId = c.figureId and o.attribute = c.attribute and o.value <> c.value)""")
	List<Claim> findDifferingFigureClaims();

	@Query("""
			select new org.tradeline.provenance.ClaimRepository$Counts(c.eventId, count(c), count(distinct c.source.id))
			from Claim c where c.eventId in :ids group by c.eventId""")
	List<Counts> countByEvents(@Param("ids") Collection<Long> ids);

	Claim save(Claim claim);

	@Query(FETCH + "where c.id = :id")
	Optional<Claim> findById(@Param("id") long id);

	@Query(FETCH + "where c.source.id = :sourceId order by c.id")
	List<Claim> findBySourceId(@Param("sourceId") long sourceId);

	@NativeQuery("select count(*) from claim where id = :id and deleted_at is not null")
	long countDeleted(@Param("id") long id);

	// Claims soft-deleted together with their source or subject share its deleted_at.
	@NativeQuery("select c.id from claim c join source s on s.id = c.source_id "
			+ "where c.source_id = :sourceId and c.deleted_at = s.deleted_at order by c.id")
	List<Long> findDeletedWithSource(@Param("sourceId") long sourceId);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@NativeQuery("update claim set deleted_at = null, version = version + 1, updated_at = :now where id in (:ids)")
	int restore(@Param("ids") Collection<Long> ids, @Param("now") java.sql.Timestamp now);

	@Modifying(flushAutomatically = true)
	@NativeQuery("update claim set deleted_at = :at, version = version + 1, updated_at = :at "
			+ "where deleted_at is null and ((:type = 'EVENT' and event_id = :id) or (:type = 'ACTOR' and actor_id = :id) "
			+ "or (:type = 'FIGURE' and figure_id = :id))")
	int retireOfSubject(@Param("type") String type, @Param("id") long id, @Param("at") java.sql.Timestamp at);

	// Run while the subject is still deleted: its deleted_at picks the claims deleted with it.
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@NativeQuery("update claim set deleted_at = null, version = version + 1, updated_at = :now where deleted_at is not null and ("
			+ "(:type = 'EVENT' and event_id = :id and deleted_at = (select e.deleted_at from event e where e.id = :id)) "
			+ "or (:type = 'ACTOR' and actor_id = :id and deleted_at = (select a.deleted_at from actor a where a.id = :id)) "
			+ "or (:type = 'FIGURE' and figure_id = :id and deleted_at = (select f.deleted_at from figure f where f.id = :id)))")
	int reinstateOfSubject(@Param("type") String type, @Param("id") long id, @Param("now") java.sql.Timestamp now);

	@Query("select count(c) from Claim c where c.attribute.valueType = org.tradeline.provenance.ValueType.ACTOR "
			+ "and c.value = :slug")
	long countNamingActor(@Param("slug") String slug);

	record Counts(Long subjectId, long claims, long sources) {
	}

}
