package org.tradeline.event.revision;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.tradeline.store.Revision;

/** One numbered change to an event or the claims about it. */
@Entity
@Table(name = "event_revision")
class EventRevision extends Revision {

	@Column(name = "event_id")
	private Long eventId;

	protected EventRevision() {
	}

	EventRevision(long eventId, int number, String action, String author, Instant changedAt, String changes) {
		super(number, action, author, changedAt, changes);
		this.eventId = eventId;
	}

}
