package org.tradeline.provenance;

import java.util.Collection;
import java.util.List;

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

	record Counts(Long subjectId, long claims, long sources) {
	}

}
