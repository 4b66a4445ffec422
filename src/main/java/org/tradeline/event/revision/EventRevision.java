package org.tradeline.event.revision;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.tradeline.event.Event;

/** One numbered change to an event or the claims about it; never updated once written. */
@Entity
@Table(name = "event_revision")
class EventRevision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "event_id")
	private Long eventId;

	private int number;

	private String action;

	private String author;

	@Column(name = "changed_at")
	private Instant changedAt;

	// JSON: {"changed": [...], "before": snapshot or null, "after": snapshot}
	private String changes;

	protected EventRevision() {
	}

	EventRevision(long eventId, int number, String action, String author, Instant changedAt, String changes) {
		this.eventId = eventId;
		this.number = number;
		this.action = action;
		this.author = author;
		this.changedAt = changedAt;
		this.changes = changes;
	}

	int getNumber() {
		return this.number;
	}

	String getAction() {
		return this.action;
	}

	String getAuthor() {
		return this.author;
	}

	Instant getChangedAt() {
		return this.changedAt;
	}

	String getChanges() {
		return this.changes;
	}

}
