package org.tradeline.provenance.dispute;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** An open dispute among all live claims about a subject, drafts included: what an editor's view shows. */
@Entity
@Immutable
@Table(name = "editor_dispute")
public class EditorDispute extends KeptDispute {

	protected EditorDispute() {
	}

}
