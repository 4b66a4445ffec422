package org.tradeline.provenance.dispute;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import org.tradeline.provenance.subject.SubjectType;

/**
 * An open dispute as stored by DerivedProvenance: which subject and attribute, and from which day
 * both sides were in print. Mapped only so that list queries can filter on "disputed" with a
 * subquery; it is written with plain SQL.
 */
@MappedSuperclass
public abstract class KeptDispute {

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

	protected KeptDispute() {
	}

}
