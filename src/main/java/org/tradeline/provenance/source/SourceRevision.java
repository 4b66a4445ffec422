package org.tradeline.provenance.source;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One numbered change to a source document's record; never updated once written. */
@Entity
@Table(name = "source_revision")
class SourceRevision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "source_id")
	private Long sourceId;

	private int number;

	private String action;

	private String author;

	@Column(name = "changed_at")
	private Instant changedAt;

	// JSON: {"changed": [...], "before": source or null, "after": source}
	private String changes;

	protected SourceRevision() {
	}

	SourceRevision(long sourceId, int number, String action, String author, Instant changedAt, String changes) {
		this.sourceId = sourceId;
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
