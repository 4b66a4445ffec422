package org.tradeline.event;

import java.time.Instant;
import java.util.List;

import org.tradeline.actor.ActorKind;
import org.tradeline.provenance.ClaimView;
import org.tradeline.provenance.DisputeView;
import org.tradeline.provenance.SourceRef;

/**
 * An event with everything an export or an embedded page shows about it: its claims with their
 * sources and excerpts, the disputes among them, and when it was created, first published (when the
 * public first saw it: its creation, or a draft's publication) and last changed.
 */
public record TimelineEntry(String slug, String title, String summary, EventKind kind, EventDate date,
		String location, List<TopicRef> topics, List<ParticipantRef> participants, List<ClaimView> claims,
		List<DisputeView> disputes, Instant createdAt, Instant publishedAt, Instant updatedAt)
		implements TimelineChange {

	@Override
	public Instant changedAt() {
		return (this.updatedAt != null) ? this.updatedAt : this.createdAt;
	}

	public record TopicRef(String slug, String name) {
	}

	/**
	 * A participant, with the ids of the event's disputes that have its actor among their competing
	 * values (as the event's detail marks it disputed): exports state only the others as plain fact.
	 */
	public record ParticipantRef(String actor, String name, ActorKind kind, String role, Side side,
			List<String> disputes) {

		public boolean disputed() {
			return !this.disputes.isEmpty();
		}

	}

	public boolean disputed() {
		return !this.disputes.isEmpty();
	}

	/** The documents the claims cite, each once, in order of first citation. */
	public List<SourceRef> sources() {
		return this.claims.stream().map(ClaimView::source).distinct().toList();
	}

}
