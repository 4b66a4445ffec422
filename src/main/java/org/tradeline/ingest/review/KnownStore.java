package org.tradeline.ingest.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tradeline.calendar.DatePrecision;
import org.tradeline.calendar.PartialDate;
import org.tradeline.ingest.Known;
import org.tradeline.store.StoreRevision;

/**
 * What the suggestion engine matches against: live actors, events (with their participants), figures
 * and the claim vocabulary, read with a few projection queries. It spans the store, so it is built
 * once per store revision and shared until the store changes.
 */
@Component
class KnownStore {

	private final JdbcClient jdbc;

	private final StoreRevision revision;

	private volatile Snapshot snapshot;

	KnownStore(JdbcClient jdbc, StoreRevision revision) {
		this.jdbc = jdbc;
		this.revision = revision;
	}

	private record Snapshot(long revision, Known known) {
	}

	Known current() {
		// Read before loading: a write that lands meanwhile moves the revision, and the next call reloads.
		long now = this.revision.current();
		Snapshot cached = this.snapshot;
		if (cached != null && now != StoreRevision.UNKNOWN && cached.revision() == now) {
			return cached.known();
		}
		Known known = load();
		this.snapshot = new Snapshot(now, known);
		return known;
	}

	private Known load() {
		List<Known.Actor> actors = this.jdbc
			.sql("select slug, name, kind, country, title from actor where deleted_at is null order by slug")
			.query((rs, n) -> new Known.Actor(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5)))
			.list();
		Map<String, List<String>> participants = new HashMap<>();
		this.jdbc.sql("""
				select e.slug, a.slug from event_participant p join event e on e.id = p.event_id
				join actor a on a.id = p.actor_id where e.deleted_at is null order by e.slug, a.slug""")
			.query((rs, n) -> participants.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)))
			.list();
		List<Known.Event> events = this.jdbc.sql("""
				select slug, title, kind, start_date, date_precision, end_date, location from event
				where deleted_at is null order by slug""")
			.query((rs, n) -> new Known.Event(rs.getString(1), rs.getString(2), rs.getString(3),
					new PartialDate(rs.getObject(4, LocalDate.class), DatePrecision.valueOf(rs.getString(5))),
					rs.getObject(6, LocalDate.class), rs.getString(7),
					participants.getOrDefault(rs.getString(1), List.of())))
			.list();
		List<Known.Figure> figures = this.jdbc
			.sql("select slug, label, unit, period_start, period_end from figure where deleted_at is null order by slug")
			.query((rs, n) -> new Known.Figure(rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class)))
			.list();
		List<Known.Attribute> attributes = this.jdbc
			.sql("select code, label, subject_type, value_type, single_valued from claim_attribute order by code")
			.query((rs, n) -> new Known.Attribute(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getBoolean(5)))
			.list();
		return new Known(actors, events, figures, attributes);
	}

}
