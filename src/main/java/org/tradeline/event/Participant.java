package org.tradeline.event;

import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.tradeline.actor.Actor;
import org.tradeline.provenance.DisputeView;

/** An actor taking part in an event, in a role and for a side. */
@Entity
@Table(name = "event_participant")
class Participant {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "event_id")
	private Event event;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "actor_id")
	private Actor actor;

	private String role;

	@Enumerated(EnumType.STRING)
	private Side side;

	protected Participant() {
	}

	Participant(Event event, Actor actor, String role, Side side) {
		this.event = event;
		this.actor = actor;
		this.role = role;
		this.side = side;
	}

	void update(String role, Side side) {
		this.role = role;
		this.side = side;
	}

	/**
	 * The event's disputes with this participant's actor among their competing values (sources naming
	 * different actors in one role): its part in the event is disputed, whichever side it is on, as no
	 * side of a dispute is preferred. The one rule for the event's detail, its exports and the embed.
	 */
	List<DisputeView> disputes(List<DisputeView> eventDisputes) {
		String slug = this.actor.getSlug();
		return eventDisputes.stream()
			.filter(d -> d.positions().stream().anyMatch(p -> p.value().equals(slug)))
			.toList();
	}

	Event getEvent() {
		return this.event;
	}

	Actor getActor() {
		return this.actor;
	}

	String getRole() {
		return this.role;
	}

	Side getSide() {
		return this.side;
	}

}
