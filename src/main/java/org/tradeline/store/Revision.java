package org.tradeline.store;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * One numbered change to a resource, as the revision history shows it; never updated once written.
 * The subclass names the table and, with an {@code @AttributeOverride} of {@code ownerId}, the column
 * that says whose revision it is.
 */
@MappedSuperclass
public abstract class Revision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long ownerId;

	private int number;

	private String action;

	private String author;

	@Column(name = "changed_at")
	private Instant changedAt;

	// JSON: {"changed": [...], "before": the resource or null, "after": the resource}
	private String changes;

	protected Revision() {
	}

	protected Revision(long ownerId, int number, String action, String author, Instant changedAt, String changes) {
		this.ownerId = ownerId;
		this.number = number;
		this.action = action;
		this.author = author;
		this.changedAt = changedAt;
		this.changes = changes;
	}

	public int getNumber() {
		return this.number;
	}

	public String getAction() {
		return this.action;
	}

	public String getAuthor() {
		return this.author;
	}

	public Instant getChangedAt() {
		return this.changedAt;
	}

	public String getChanges() {
		return this.changes;
	}

}
