package org.tradeline.provenance.dispute;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.tradeline.provenance.subject.SubjectType;

/**
 * An open dispute among all live claims about a subject, drafts included: what an editor's view
 * shows. Kept beside {@link Dispute} (the public's), and mapped for the same reason: so that an
 * editor's list can filter on "disputed" with a subquery.
 */
@Entity
@Immutable
@Table(name = "editor_dispute")
public class EditorDispute {

	@Id
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(name = "subject_type")
	private SubjectType subjectType;

	@Column(name = "subject_id")
	private Long subjectId;

	private String attribute;

	@Column(name = "in_print_from")
	private LocalDate inPrintFrom;

	protected EditorDispute() {
	}

}
