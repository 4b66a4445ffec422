package org.tradeline.provenance.source;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.tradeline.store.Revision;

/** One numbered change to a source document's record. */
@Entity
@Table(name = "source_revision")
class SourceRevision extends Revision {

	@Column(name = "source_id")
	private Long sourceId;

	protected SourceRevision() {
	}

	SourceRevision(long sourceId, int number, String action, String author, Instant changedAt, String changes) {
		super(number, action, author, changedAt, changes);
		this.sourceId = sourceId;
	}

}
