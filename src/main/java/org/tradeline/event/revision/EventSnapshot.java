package org.tradeline.event.revision;

import java.util.List;
import org.tradeline.event.Event;
import org.tradeline.event.EventKind;
import org.tradeline.event.EventRequest;
import org.tradeline.provenance.ClaimState;
import org.tradeline.store.PublicationState;

/** The whole recorded state of an event at one revision: its fields, and the claims about it. */
public record EventSnapshot(String slug, String title, String summary, EventKind kind, EventRequest.DateRequest date,
		String location, List<String> topics, List<EventRequest.ParticipantRequest> participants,
		List<ClaimState> claims, boolean deleted, PublicationState state) {

	/** A new event's: its fields, and no claims yet (nothing to read). */
	public static EventSnapshot created(Event event) {
		return of(event, List.of(), false);
	}

	/** The event's fields as they are now, with this snapshot's claims: a write to its fields leaves them. */
	public EventSnapshot withFieldsOf(Event event) {
		return of(event, this.claims, this.deleted);
	}

	static EventSnapshot of(Event event, List<ClaimState> claims, boolean deleted) {
		EventRequest request = EventRequest.of(event);
		return new EventSnapshot(request.slug(), request.title(), request.summary(), request.kind(), request.date(),
				request.location(), request.topics(), request.participants(), claims, deleted, request.state());
	}

}
