package org.tradeline.event.revision;

import java.time.Instant;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.tradeline.store.Revision;

/** One numbered change to an event or the claims about it. */
@Entity
@Table(name = "event_revision")
@AttributeOverride(name = "ownerId", column = @Column(name = "event_id"))
class EventRevision extends Revision {

	protected EventRevision() {
	}

	EventRevision(long eventId, int number, String action, String author, Instant changedAt, String changes) {
		super(eventId, number, action, author, changedAt, changes);
	}

}
