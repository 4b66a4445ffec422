package org.tradeline.provenance.claim;


import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.SQLRestriction;
import org.tradeline.provenance.ClaimState;
import org.tradeline.provenance.ClaimStatus;
import org.tradeline.provenance.source.Source;
import org.tradeline.provenance.subject.Subject;
import org.tradeline.store.PublicationState;
import org.tradeline.store.Tracked;

/**
 * The unit of provenance: one source asserting one value of one attribute of one subject, with a
 * verbatim excerpt as evidence. Subjects are referenced by id so that provenance does not depend on
 * the features it describes.
 */
// Soft-deleted rows are invisible to every JPA read; restores go through native updates.
@Entity
@SQLRestriction("deleted_at is null")
@Table(name = "claim")
public class Claim extends Tracked {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "source_id")
	private Source source;

	@Column(name = "event_id")
	private Long eventId;

	@Column(name = "actor_id")
	private Long actorId;

	@Column(name = "figure_id")
	private Long figureId;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "attribute")
	private ClaimAttribute attribute;

	@Column(name = "claim_value")
	private String value;

	@Column(name = "value_label")
	private String valueLabel;

	private String excerpt;

	@Enumerated(EnumType.STRING)
	private PublicationState state = PublicationState.PUBLISHED;

	// Derived from the other claims on the same subject and attribute and kept by DerivedProvenance
	// with its own update: a change of standing is not an edit of the claim (version, updated_at).
	@Enumerated(EnumType.STRING)
	@Column(name = "status", insertable = false, updatable = false)
	private ClaimStatus status;

	protected Claim() {
	}

	public Claim(Source source, Subject subject, ClaimAttribute attribute, String value, String valueLabel, String excerpt) {
		this.source = source;
		switch (subject.type()) {
			case EVENT -> this.eventId = subject.id();
			case ACTOR -> this.actorId = subject.id();
			case FIGURE -> this.figureId = subject.id();
		}
		update(attribute, value, valueLabel, excerpt);
	}

	/** Source and subject stay; what is claimed and the evidence may be corrected. */
	void update(ClaimAttribute attribute, String value, String valueLabel, String excerpt) {
		if (excerpt == null || excerpt.isBlank()) {
			throw new IllegalArgumentException("A claim needs a verbatim excerpt");
		}
		this.attribute = attribute;
		this.value = value;
		this.valueLabel = valueLabel;
		this.excerpt = excerpt;
	}

	/**
	 * A draft claim is seen by editors only and counts in no status, dispute or standing; a published
	 * one is public while its subject is.
	 */
	public void changeState(PublicationState state) {
		this.state = state;
	}

	public PublicationState getState() {
		return this.state;
	}

	/** The status DerivedProvenance stored (in the same statement it updates the row). */
	public void standsAs(ClaimStatus status) {
		this.status = status;
	}

	public ClaimStatus getStatus() {
		return this.status;
	}

	public ClaimState state() {
		return new ClaimState(getId(), this.source.getId(), this.attribute.getCode(), this.value, this.valueLabel,
				this.excerpt, this.state);
	}

	public Source getSource() {
		return this.source;
	}

	public ClaimAttribute getAttribute() {
		return this.attribute;
	}

	public String getValue() {
		return this.value;
	}

	public String getValueLabel() {
		return this.valueLabel;
	}

	public String getExcerpt() {
		return this.excerpt;
	}

	public Subject subject() {
		return Subject.of(this.eventId, this.actorId, this.figureId)
			.orElseThrow(() -> new IllegalStateException("Claim " + getId() + " is not about exactly one subject"));
	}

}
