package org.tradeline.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.springframework.data.jpa.domain.Specification;
import org.tradeline.calendar.DatePrecision;
import org.tradeline.provenance.ClaimScope;
import org.tradeline.provenance.Provenance;
import org.tradeline.provenance.subject.SubjectType;
import org.tradeline.store.Visibility;

/** Turns an {@link EventQuery} into SQL predicates. */
final class EventSpecifications {

	private EventSpecifications() {
	}

	static Specification<Event> matching(EventQuery query) {
		return (root, criteria, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (!query.visibility().equals(Visibility.ALL)) {
				predicates.add(root.get("state").in(query.visibility().states()));
			}
			if (query.from() != null) {
				predicates.add(lastPossibleDayOnOrAfter(root, cb, query.from()));
			}
			if (query.to() != null) {
				predicates.add(firstPossibleDayOnOrBefore(root, cb, query.to()));
			}
			if (query.topic() != null) {
				predicates.add(cb.equal(root.join("topics").get("slug"), query.topic()));
			}
			if (query.actor() != null) {
				predicates.add(cb.equal(root.join("participants").get("actor").get("slug"), query.actor()));
			}
			if (query.kind() != null) {
				predicates.add(cb.equal(root.get("kind"), query.kind()));
			}
			if (query.text() != null) {
				String pattern = "%" + escapeLike(query.text().toLowerCase(Locale.ROOT)) + "%";
				predicates.add(cb.or(cb.like(cb.lower(root.get("title")), pattern, '\\'),
						cb.like(cb.lower(root.get("summary")), pattern, '\\')));
			}
			if (query.asOf() != null) {
				predicates.add(Provenance.reported(SubjectType.EVENT, root.get("id"),
						new ClaimScope(query.visibility(), query.asOf()), criteria, cb));
			}
			if (query.disputed() != null) {
				Predicate disputed = Provenance.disputed(SubjectType.EVENT, root.get("id"),
						new ClaimScope(query.visibility(), query.asOf()), criteria, cb);
				predicates.add(query.disputed() ? disputed : cb.not(disputed));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

	// An approximate date matches a range when any day it allows falls in the range. The bounds are
	// shifted in Java per precision so the SQL stays plain date comparisons on indexed columns. Each
	// side also states the loosest of its shifted bounds on its own: the OR per precision implies it,
	// and a plain range is what an index (event_last_day_idx on PostgreSQL) can serve.
	private static Predicate lastPossibleDayOnOrAfter(Root<Event> root, CriteriaBuilder cb, LocalDate from) {
		Expression<LocalDate> last = cb.coalesce(root.get("endDate"), root.<LocalDate>get("startDate"));
		LocalDate loosest = from.minusDays(9).isBefore(from.withDayOfMonth(1)) ? from.minusDays(9) : from.withDayOfMonth(1);
		return cb.and(cb.greaterThanOrEqualTo(last, loosest), cb.or(
				cb.and(precision(root, cb, DatePrecision.DAY), cb.greaterThanOrEqualTo(last, from)),
				cb.and(precision(root, cb, DatePrecision.AROUND_DAY), cb.greaterThanOrEqualTo(last, from.minusDays(1))),
				cb.and(cb.or(precision(root, cb, DatePrecision.EARLY_MONTH), precision(root, cb, DatePrecision.MID_MONTH)),
						cb.greaterThanOrEqualTo(last, from.minusDays(9))),
				cb.and(cb.or(precision(root, cb, DatePrecision.LATE_MONTH), precision(root, cb, DatePrecision.MONTH)),
						cb.greaterThanOrEqualTo(last, from.withDayOfMonth(1)))));
	}

	private static Predicate firstPossibleDayOnOrBefore(Root<Event> root, CriteriaBuilder cb, LocalDate to) {
		Expression<LocalDate> start = root.get("startDate");
		return cb.and(cb.lessThanOrEqualTo(start, to.plusDays(1)),
				cb.or(precision(root, cb, DatePrecision.AROUND_DAY), cb.lessThanOrEqualTo(start, to)));
	}

	private static Predicate precision(Root<Event> root, CriteriaBuilder cb, DatePrecision precision) {
		return cb.equal(root.get("precision"), precision);
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
