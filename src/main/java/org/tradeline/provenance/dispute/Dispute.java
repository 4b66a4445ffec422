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
 * An open dispute as stored by {@link DerivedProvenance}: which subject and attribute. Mapped only so
 * that list queries can filter on "disputed" with a subquery; it is written with plain SQL.
 */
@Entity
@Immutable
@Table(name = "dispute")
public class Dispute {

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

	protected Dispute() {
	}

}
