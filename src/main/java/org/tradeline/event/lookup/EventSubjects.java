package org.tradeline.event.lookup;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.tradeline.event.EventRepository;
import org.tradeline.provenance.SubjectType;
import org.tradeline.provenance.Subjects;

/** Events as the subjects of claims: provenance reads the event table only through this. */
@Component
class EventSubjects implements Subjects {

	private final EventRepository events;

	EventSubjects(EventRepository events) {
		this.events = events;
	}

	@Override
	public SubjectType type() {
		return SubjectType.EVENT;
	}

	@Override
	public List<Row> find(Collection<Long> ids) {
		return ids.isEmpty() ? List.of() : this.events.findSubjects(ids);
	}

	@Override
	public Set<Long> drafts(Collection<Long> ids) {
		return ids.isEmpty() ? Set.of() : new HashSet<>(this.events.findDrafts(ids));
	}

	@Override
	public Optional<Long> findLive(String slug) {
		return this.events.findLiveId(slug);
	}

	@Override
	public Optional<Instant> deletedAt(long id) {
		return this.events.findDeletedAt(id);
	}

	@Override
	public void lock(Collection<Long> ids) {
		if (!ids.isEmpty()) {
			this.events.lock(ids);
		}
	}

}
