package org.tradeline.figure;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.SQLRestriction;
import org.tradeline.store.Tracked;

/** A quantitative fact (a tonnage, a share, a duration) over an optional period. */
// Soft-deleted rows are invisible to every JPA read; restores go through native updates.
@Entity
@SQLRestriction("deleted_at is null")
@Table(name = "figure")
class Figure extends Tracked {

	private String slug;

	private String label;

	private BigDecimal amount;

	private String unit;

	@Column(name = "period_start")
	private LocalDate periodStart;

	@Column(name = "period_end")
	private LocalDate periodEnd;

	// The event that released or set the figure; the event feature tells its slug (EventReferences).
	@Column(name = "event_id")
	private Long eventId;

	protected Figure() {
	}

	Figure(String slug) {
		this.slug = slug;
	}

	/** Everything but the slug. eventId is the event that released or set the figure, if any. */
	void update(String label, BigDecimal amount, String unit, LocalDate periodStart, LocalDate periodEnd,
			Long eventId) {
		if (periodEnd != null && (periodStart == null || periodEnd.isBefore(periodStart))) {
			throw new IllegalArgumentException("A period needs a start on or before its end");
		}
		this.label = label;
		this.amount = amount;
		this.unit = unit;
		this.periodStart = periodStart;
		this.periodEnd = periodEnd;
		this.eventId = eventId;
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

	Long getEventId() {
		return this.eventId;
	}

}
