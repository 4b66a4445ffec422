package org.tradeline.event;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tradeline.actor.ActorAppearances;

@Component
class EventAppearances implements ActorAppearances {

	private final EventRepository events;

	EventAppearances(EventRepository events) {
		this.events = events;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Appearance> of(long actorId) {
		return this.events.findAppearances(actorId).stream().map(p -> {
			Event event = p.getEvent();
			EventDate date = event.getDate();
			return new Appearance(event.getSlug(), event.getTitle(), event.getKind().code(), date.label(),
					date.start().toString(), p.getRole(), p.getSide().code());
		}).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public boolean inLiveEvent(long actorId) {
		return this.events.countLiveParticipations(actorId) > 0;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Long> eventIds(long actorId) {
		return this.events.findEventIdsOfActor(actorId);
	}

}
