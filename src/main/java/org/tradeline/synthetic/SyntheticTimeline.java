package org.tradeline.synthetic;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tradeline.provenance.DerivedProvenance;
import org.tradeline.store.StoreChange;
import org.tradeline.store.StoreChanges;
import org.tradeline.web.Text;

/**
 * Loads N deterministic synthetic events (with actors, sources, topics, participants, claims and a
 * share of disputes, whose derived statuses and disputes are then rebuilt) for load tests: {@code --spring.profiles.active=synthetic
 * --tradeline.synthetic.events=100000}. Rows go in with JDBC batches and explicit ids, so 100,000
 * events take seconds, not minutes. Runs once: a store that already holds synthetic events is left
 * alone. Never enable this profile on a real newsroom's database.
 * <p>
 * The profile is checked when the application runs, not with {@code @Profile}: in Spring AOT mode
 * the bean definitions are fixed at build time, without the profile, and the loader would be
 * silently missing.
 */
@Component
@EnableConfigurationProperties(SyntheticProperties.class)
class SyntheticTimeline implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SyntheticTimeline.class);

	static final String PREFIX = "synthetic-";

	private static final int BATCH = 2_000;

	private static final int ACTORS = 500;

	private static final int SOURCES = 200;

	private static final String[] KINDS = { "TALKS", "CALL", "AGREEMENT", "MEASURE", "STATEMENT", "DATA_RELEASE" };

	private static final String[] WORDS = { "tariff", "magnet", "licence", "semiconductor", "truce", "framework",
			"shipment", "quota", "customs", "visa", "lithography", "gallium", "germanium", "graphite", "dysprosium",
			"terbium", "yttrium", "neodymium", "export", "import", "consultation", "sanction", "entity", "review",
			"waiver", "inspection", "subsidy", "investment", "dialogue", "deadline" };

	private static final String[] CITIES = { "London", "Geneva", "Beijing", "Washington", "Stockholm", "Madrid" };

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final StoreChanges changes;

	private final DerivedProvenance derived;

	private final int events;

	private final boolean enabled;

	SyntheticTimeline(JdbcTemplate jdbc, TransactionTemplate transaction, StoreChanges changes,
			DerivedProvenance derived, SyntheticProperties properties, Environment environment) {
		this.enabled = environment.matchesProfiles("synthetic");
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.changes = changes;
		this.derived = derived;
		this.events = properties.events();
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.enabled) {
			return;
		}
		Long existing = this.jdbc.queryForObject("select count(*) from event where slug like ?", Long.class,
				PREFIX + "%");
		if (existing != null && existing > 0) {
			log.info("Synthetic timeline already loaded ({} events); leaving it", existing);
			return;
		}
		long started = System.nanoTime();
		this.transaction.executeWithoutResult(status -> load());
		analyzeOnPostgres();
		log.info("Loaded {} synthetic events in {} ms", this.events, (System.nanoTime() - started) / 1_000_000);
	}

	private void load() {
		Random random = new Random(42);
		long actorBase = nextId("actor");
		long sourceBase = nextId("source");
		long eventBase = nextId("event");
		long participantBase = nextId("event_participant");
		long claimBase = nextId("claim");
		List<Long> topics = this.jdbc.queryForList("select id from topic order by id", Long.class);

		List<Object[]> actors = new ArrayList<>();
		for (int i = 0; i < ACTORS; i++) {
			actors.add(new Object[] { actorBase + i, PREFIX + "actor-" + i, "Synthetic Actor " + i, "PERSON",
					(i % 2 == 0) ? "US" : "CN", "Official " + i });
		}
		batch("insert into actor (id, slug, name, kind, country, title) values (?, ?, ?, ?, ?, ?)", actors);

		List<Object[]> sources = new ArrayList<>();
		for (int i = 0; i < SOURCES; i++) {
			String file = PREFIX + "source-" + i + ".txt";
			sources.add(new Object[] { sourceBase + i, file, "Synthetic source " + i, Text.sha256(file) });
		}
		batch("insert into source (id, file_name, summary, sha256) values (?, ?, ?, ?)", sources);

		List<Object[]> eventRows = new ArrayList<>();
		List<Object[]> topicRows = new ArrayList<>();
		List<Object[]> participantRows = new ArrayList<>();
		List<Object[]> claimRows = new ArrayList<>();
		long participantId = participantBase;
		long claimId = claimBase;
		LocalDate first = LocalDate.of(2024, 1, 1);
		for (int i = 0; i < this.events; i++) {
			long id = eventBase + i;
			String slug = PREFIX + "event-" + i;
			LocalDate day = first.plusDays(random.nextInt(3 * 365));
			boolean approximate = random.nextInt(10) == 0;
			LocalDate start = approximate ? day.withDayOfMonth(11) : day;
			String precision = approximate ? "MID_MONTH" : "DAY";
			String dateValue = approximate ? start.toString().substring(0, 7) + "-mid" : start.toString();
			String word1 = WORDS[random.nextInt(WORDS.length)];
			String word2 = WORDS[random.nextInt(WORDS.length)];
			String city = CITIES[random.nextInt(CITIES.length)];
			String kind = KINDS[random.nextInt(KINDS.length)];
			eventRows.add(new Object[] { id, slug, "Synthetic " + word1 + " " + word2 + " development " + i,
					"A generated " + kind.toLowerCase() + " about " + word1 + " and " + word2 + " in " + city
							+ ", used to measure Tradeline at scale.",
					kind, Date.valueOf(start), precision, city });
			long topic = topics.get(random.nextInt(topics.size()));
			topicRows.add(new Object[] { id, topic });
			long second = topics.get(random.nextInt(topics.size()));
			if (second != topic) {
				topicRows.add(new Object[] { id, second });
			}
			long sourceA = sourceBase + random.nextInt(SOURCES);
			long sourceB = sourceBase + (sourceA - sourceBase + 1 + random.nextInt(SOURCES - 1)) % SOURCES;
			int actorA = random.nextInt(ACTORS);
			int actorB = (actorA + 1 + random.nextInt(ACTORS - 1)) % ACTORS;
			for (int actor : new int[] { actorA, actorB }) {
				participantRows.add(new Object[] { participantId++, id, actorBase + actor, "Delegate",
						(actor % 2 == 0) ? "US" : "CHINA" });
				claimRows.add(new Object[] { claimId++, sourceA, id, "participant", PREFIX + "actor-" + actor,
						"Synthetic Actor " + actor, "Synthetic Actor " + actor + " took part." });
			}
			claimRows.add(new Object[] { claimId++, sourceA, id, "start-date", dateValue, dateValue,
					"It happened on " + dateValue + "." });
			claimRows.add(new Object[] { claimId++, sourceB, id, "start-date", dateValue, dateValue,
					"Reported for " + dateValue + "." });
			// One event in twenty has sources disagreeing on where it happened.
			String otherCity = (random.nextInt(20) == 0) ? CITIES[(java.util.Arrays.asList(CITIES).indexOf(city) + 1)
					% CITIES.length] : city;
			claimRows.add(new Object[] { claimId++, sourceA, id, "location", city, city, "It took place in " + city + "." });
			claimRows.add(new Object[] { claimId++, sourceB, id, "location", otherCity, otherCity,
					"Held in " + otherCity + "." });
			if (eventRows.size() == BATCH) {
				flush(eventRows, topicRows, participantRows, claimRows);
			}
		}
		flush(eventRows, topicRows, participantRows, claimRows);
		for (String table : List.of("actor", "source", "event", "event_participant", "claim")) {
			restartIdentity(table);
		}
		// The derivation and the recount read what was just inserted: with the statistics of empty
		// tables they would join it by nested loops (minutes at 100,000 events).
		analyzeOnPostgres();
		this.derived.rebuild();
		this.changes.record(StoreChange.EVERYTHING);
	}

	/**
	 * Tens of thousands of rows arrived (and, after the derivation, were updated) at once: without
	 * fresh statistics the PostgreSQL planner picks plans for empty tables until autovacuum's next
	 * pass, a minute later. Inside the loading transaction ANALYZE counts its own new rows.
	 */
	private void analyzeOnPostgres() {
		if ("PostgreSQL".equals(this.jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName()))) {
			this.jdbc.execute("analyze");
		}
	}

	private void flush(List<Object[]> events, List<Object[]> topics, List<Object[]> participants,
			List<Object[]> claims) {
		batch("insert into event (id, slug, title, summary, kind, start_date, date_precision, location) "
				+ "values (?, ?, ?, ?, ?, ?, ?, ?)", events);
		batch("insert into event_topic (event_id, topic_id) values (?, ?)", topics);
		batch("insert into event_participant (id, event_id, actor_id, role, side) values (?, ?, ?, ?, ?)",
				participants);
		batch("insert into claim (id, source_id, event_id, attribute, claim_value, value_label, excerpt) "
				+ "values (?, ?, ?, ?, ?, ?, ?)", claims);
		events.clear();
		topics.clear();
		participants.clear();
		claims.clear();
	}

	private void batch(String sql, List<Object[]> rows) {
		for (int from = 0; from < rows.size(); from += BATCH) {
			this.jdbc.batchUpdate(sql, rows.subList(from, Math.min(from + BATCH, rows.size())));
		}
	}

	private long nextId(String table) {
		Long max = this.jdbc.queryForObject("select max(id) from " + table, Long.class);
		return (max != null) ? max + 1 : 1;
	}

	// Rows went in with explicit ids; move each identity past them so later inserts do not collide.
	private void restartIdentity(String table) {
		long next = nextId(table);
		String product = this.jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
		if ("PostgreSQL".equals(product)) {
			this.jdbc.queryForObject("select setval(pg_get_serial_sequence(?, 'id'), ?, false)", Long.class, table,
					next);
		}
		else {
			this.jdbc.execute("alter table " + table + " alter column id restart with " + next);
		}
	}


}
