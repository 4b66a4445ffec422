package org.tradeline.event.lookup;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.tradeline.event.EventRepository;
import org.tradeline.provenance.subject.SubjectType;
import org.tradeline.provenance.subject.Subjects;

/** Events as the subjects of claims: provenance reads the event table only through this. */
@Component
class EventSubjects extends Subjects.Stored {

	private final EventRepository events;

	EventSubjects(EventRepository events) {
		super(SubjectType.EVENT, events, events::findSubjects);
		this.events = events;
	}

	@Override
	public Set<Long> drafts(Collection<Long> ids) {
		return ids.isEmpty() ? Set.of() : new HashSet<>(this.events.findDrafts(ids));
	}

}
