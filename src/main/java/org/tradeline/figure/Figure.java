package org.tradeline.figure;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.Formula;
import org.hibernate.annotations.UpdateTimestamp;

/** A quantitative fact (a tonnage, a share, a duration) over an optional period. */
@Entity
@Table(name = "figure")
class Figure {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String label;

	private BigDecimal amount;

	private String unit;

	@Column(name = "period_start")
	private LocalDate periodStart;

	@Column(name = "period_end")
	private LocalDate periodEnd;

	// The slug of the event that released or set the figure, read in the same select; figures do
	// not depend on the event feature.
	@Formula("(select e.slug from event e where e.id = event_id)")
	private String eventSlug;

	@Version
	private long version;

	@Column(name = "created_at", insertable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at")
	@UpdateTimestamp
	private Instant updatedAt;

	@Column(name = "deleted_at")
	private Instant deletedAt;

	protected Figure() {
	}

	Long getId() {
		return this.id;
	}

	String getSlug() {
		return this.slug;
	}

	String getLabel() {
		return this.label;
	}

	BigDecimal getAmount() {
		return this.amount;
	}

	String getUnit() {
		return this.unit;
	}

	LocalDate getPeriodStart() {
		return this.periodStart;
	}

	LocalDate getPeriodEnd() {
		return this.periodEnd;
	}

	String getEventSlug() {
		return this.eventSlug;
	}

	long getVersion() {
		return this.version;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

	Instant getDeletedAt() {
		return this.deletedAt;
	}

}
