package org.tradeline.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tradeline.store.Tallies.Key;
import org.tradeline.store.Tallies;
import org.tradeline.store.TallyOwner;
import org.tradeline.topic.Topic;

/**
 * The counts of live published events that stats shows: in all, by month of the first possible day, by kind,
 * by topic and by actor taking part. Event writes move an event's keys as it comes, changes or
 * goes; {@link #scratch} is the same count over the whole store.
 */
@Component
public class EventTallies implements TallyOwner {

	public static final String ALL = "events";

	public static final String BY_MONTH = "events-by-month";

	public static final String BY_KIND = "events-by-kind";

	public static final String BY_TOPIC = Topic.EVENT_TALLY;

	public static final String BY_ACTOR = "events-by-actor";

	private static final String LIVE = "e.deleted_at is null and e.state = 'PUBLISHED'";

	private final Tallies tallies;

	private final JdbcClient jdbc;

	EventTallies(Tallies tallies, JdbcClient jdbc) {
		this.tallies = tallies;
		this.jdbc = jdbc;
	}

	/** The keys a live event counts under; a deleted one or a draft counts under none. */
	static List<Key> keys(Event event) {
		List<Key> keys = new ArrayList<>();
		if (!event.isPublished()) {
			return keys;
		}
		keys.add(new Key(ALL, ALL));
		keys.add(new Key(BY_MONTH, month(event.getDate().start().getYear(), event.getDate().start().getMonthValue())));
		keys.add(new Key(BY_KIND, event.getKind().name()));
		event.getTopics().forEach(topic -> keys.add(new Key(BY_TOPIC, String.valueOf(topic.getId()))));
		event.getParticipants()
			.stream()
			.map(p -> p.getActor().getId())
			.distinct()
			.forEach(actor -> keys.add(new Key(BY_ACTOR, String.valueOf(actor))));
		return keys;
	}

	/** Moves the event's counts from the keys it had to the keys it has; an empty list: none. */
	void move(List<Key> before, List<Key> after) {
		this.tallies.move(before, after);
	}

	public long liveEvents() {
		return this.tallies.read(ALL).getOrDefault(ALL, 0L);
	}

	/** yyyy-MM. */
	public static String month(int year, int month) {
		return String.format(Locale.ROOT, "%04d-%02d", year, month);
	}

	@Override
	public Map<String, Map<String, Long>> scratch() {
		Map<String, Map<String, Long>> tallies = new LinkedHashMap<>();
		tallies.put(ALL, counts("select '" + ALL + "', count(*) from event e where " + LIVE));
		Map<String, Long> byMonth = new LinkedHashMap<>();
		this.jdbc.sql("""
				select extract(year from e.start_date), extract(month from e.start_date), count(*) from event e
				where %s group by extract(year from e.start_date), extract(month from e.start_date)""".formatted(LIVE))
			.query((rs, n) -> byMonth.put(month(rs.getInt(1), rs.getInt(2)), rs.getLong(3)))
			.list();
		tallies.put(BY_MONTH, byMonth);
		tallies.put(BY_KIND, counts("select e.kind, count(*) from event e where " + LIVE + " group by e.kind"));
		tallies.put(BY_TOPIC, counts("""
				select et.topic_id, count(*) from event_topic et join event e on e.id = et.event_id and %s
				group by et.topic_id""".formatted(LIVE)));
		tallies.put(BY_ACTOR, counts("""
				select p.actor_id, count(distinct p.event_id) from event_participant p
				join event e on e.id = p.event_id and %s group by p.actor_id""".formatted(LIVE)));
		return tallies;
	}

	private Map<String, Long> counts(String sql) {
		Map<String, Long> counts = new LinkedHashMap<>();
		this.jdbc.sql(sql).query((rs, n) -> {
			if (rs.getLong(2) != 0) {
				counts.put(rs.getString(1).strip(), rs.getLong(2));
			}
			return null;
		}).list();
		return counts;
	}

}
