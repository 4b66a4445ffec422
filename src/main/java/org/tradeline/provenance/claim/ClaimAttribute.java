package org.tradeline.provenance.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.tradeline.provenance.ValueType;
import org.tradeline.provenance.subject.SubjectType;

/**
 * One entry of the vocabulary of claims. Single-valued attributes admit one true value per subject,
 * so differing values from different sources form a dispute; multi-valued ones only corroborate.
 */
@Entity
@Table(name = "claim_attribute")
public class ClaimAttribute {

	@Id
	private String code;

	private String label;

	@Enumerated(EnumType.STRING)
	@Column(name = "subject_type")
	private SubjectType subjectType;

	@Enumerated(EnumType.STRING)
	@Column(name = "value_type")
	private ValueType valueType;

	@Column(name = "single_valued")
	private boolean singleValued;

	protected ClaimAttribute() {
	}

	public String getCode() {
		return this.code;
	}

	public String getLabel() {
		return this.label;
	}

	public SubjectType getSubjectType() {
		return this.subjectType;
	}

	public ValueType getValueType() {
		return this.valueType;
	}

	public boolean isSingleValued() {
		return this.singleValued;
	}

}
