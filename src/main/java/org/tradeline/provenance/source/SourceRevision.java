package org.tradeline.provenance.source;

import java.time.Instant;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.tradeline.store.Revision;

/** One numbered change to a source document's record. */
@Entity
@Table(name = "source_revision")
@AttributeOverride(name = "ownerId", column = @Column(name = "source_id"))
class SourceRevision extends Revision {

	protected SourceRevision() {
	}

	SourceRevision(long sourceId, int number, String action, String author, Instant changedAt, String changes) {
		super(sourceId, number, action, author, changedAt, changes);
	}

}
