package org.tradeline.figure;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Formula;

import org.tradeline.system.Tracked;

/** A quantitative fact (a tonnage, a share, a duration) over an optional period. */
@Entity
@Table(name = "figure")
class Figure extends Tracked {

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

}
