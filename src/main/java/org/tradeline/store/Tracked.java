package org.tradeline.store;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/**
 * What every stored resource shares: a database-assigned id, the optimistic-locking version, when
 * it was created and last changed, and when it was soft-deleted (nothing an editor removes is lost).
 */
@MappedSuperclass
public abstract class Tracked {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	// Both stamped by Hibernate from one clock as the row is inserted (created first), so a new row
	// is never created after it was last changed, as a database default evaluated later would make it.
	@Column(name = "created_at", updatable = false)
	@CreationTimestamp
	private Instant createdAt;

	@Column(name = "updated_at")
	@UpdateTimestamp
	private Instant updatedAt;

	@Column(name = "deleted_at")
	private Instant deletedAt;

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public Instant getDeletedAt() {
		return this.deletedAt;
	}

	/** A change to something this resource owns (e.g. an event's claims) is a change to it too. */
	protected void changedAt(Instant at) {
		this.updatedAt = at;
	}

	/** Soft delete; restores clear the column with a native update, as deleted rows are not loadable. */
	public void markDeleted(Instant at) {
		this.deletedAt = at;
	}

}
