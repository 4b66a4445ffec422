package org.tradeline.event.revision;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.tradeline.store.RevisionRepository;

interface EventRevisionRepository extends RevisionRepository<EventRevision> {

	/** The first change of publication state of each of these events that has one. */
	@Query("""
			select new org.tradeline.event.revision.StateChange(r.ownerId, r.action, r.changedAt) from EventRevision r
			where r.ownerId in :eventIds and r.number = (select min(f.number) from EventRevision f
			    where f.ownerId = r.ownerId and f.action in ('published', 'unpublished'))""")
	List<StateChange> findFirstStateChanges(Collection<Long> eventIds);

}
