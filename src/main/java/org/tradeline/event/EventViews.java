package org.tradeline.event;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import org.tradeline.cache.etag.EntityTagged;
import org.tradeline.provenance.ClaimView;
import org.tradeline.provenance.DisputeView;
import org.tradeline.provenance.SourceRef;
import org.tradeline.store.PublicationState;

/** API shapes of events. */
final class EventViews {

	private EventViews() {
	}

	record TopicRef(String slug, String name) {
	}

	record ParticipantRef(String actor, String name, String role, Side side) {
	}

	/** A row of the events list: an event, or (in a sync that asks for them) a deleted event's tombstone. */
	@Schema(oneOf = { EventSummary.class, EventTombstone.class })
	sealed interface EventRow permits EventSummary, EventTombstone {
	}

	/** An event as listed: enough to draw a timeline row without further requests. */
	record EventSummary(String slug, String title, String summary, EventKind kind, EventDate date, String location,
			List<TopicRef> topics, List<ParticipantRef> participants, long claimCount, long sourceCount,
			boolean disputed, Instant updatedAt, PublicationState state) implements EventRow {
	}

	/** A deleted event as a sync lists it: which one, and when; nothing of what it said. */
	record EventTombstone(String slug, Instant deletedAt, Instant updatedAt) implements EventRow {
	}

	/** A participant with the sources that name it there, and whether its presence is disputed. */
	record AttestedParticipant(String actor, String name, String role, Side side, List<SourceRef> attestedBy,
			boolean disputed) {
	}

	/** An event with everything the sources say about it. */
	record EventDetail(String slug, String title, String summary, EventKind kind, EventDate date, String location,
			List<TopicRef> topics, List<AttestedParticipant> participants, List<ClaimView> claims,
			List<DisputeView> disputes, Instant updatedAt, PublicationState state) implements EntityTagged {
	}

}
