package org.tradeline.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.tradeline.calendar.DatePrecision;
import org.tradeline.calendar.PartialDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Leave-one-out on the seed: for each source document, the store as it would be without that
 * document's claims (events and figures only that document supports are gone; the others keep only
 * the dates, locations and participants other documents give them; the actor catalogue stays), the
 * engine reads the document, and its suggestions are compared with the claims the seed holds for it.
 * A suggestion counts when subject, attribute and value agree; for an event or figure that only this
 * document supports, a proposed one counts when attribute and value agree and the excerpts overlap.
 */
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class LeaveOneOutEvaluationTest {

	static final Path SEEDS = Path.of(System.getProperty("tradeline.seeds", "../shared/seeds"));

	/**
	 * Publication dates the seed does not record yet, taken from what each text implies: 001 and 004
	 * report the talks "underway" and convened "on Monday" (June 9); 002 reports the opening "last
	 * night" (June 10); 000 and 003 report the outcome and Trump's June 11 remarks (June 12).
	 */
	static final Map<String, LocalDate> IMPLIED_PUBLICATION = Map.of("000_d0ee0f4fab4b2662.txt",
			LocalDate.of(2025, 6, 12), "001_b6b1e0ca712ab53b.txt", LocalDate.of(2025, 6, 9),
			"002_c4793645ec5b4779.txt", LocalDate.of(2025, 6, 10), "003_e6f85452d9e23108.txt",
			LocalDate.of(2025, 6, 12), "004_6307ee0113ec1de7.txt", LocalDate.of(2025, 6, 9));

	static final Map<String, String> FAMILIES = Map.ofEntries(Map.entry("participant", "participants+roles"),
			Map.entry("us-leader", "participants+roles"), Map.entry("china-lead-negotiator", "participants+roles"),
			Map.entry("us-treasury-secretary", "participants+roles"),
			Map.entry("us-commerce-secretary", "participants+roles"),
			Map.entry("us-trade-representative", "participants+roles"), Map.entry("title", "participants+roles"),
			Map.entry("start-date", "dates"), Map.entry("end-date", "dates"), Map.entry("amount", "figures"),
			Map.entry("location", "locations"), Map.entry("occurrence", "occurrence"));

	static final List<String> ROWS = List.of("participants+roles", "dates", "figures", "locations");

	record Claim(String file, String type, String slug, String attribute, String value, String excerpt) {
	}

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void seedsPresent() {
		assumeTrue(Files.isDirectory(SEEDS), "Source documents not found at " + SEEDS.toAbsolutePath()
				+ "; set -Dtradeline.seeds to evaluate the suggestion engine against them");
	}

	@Test
	void suggestionsAgreeWithTheSeedClaimsOfEachDocumentLeftOut() throws IOException {
		List<Claim> claims = this.jdbc.sql("""
				select s.file_name, case when c.event_id is not null then 'EVENT' when c.actor_id is not null then 'ACTOR'
				  else 'FIGURE' end, coalesce(e.slug, a.slug, f.slug), c.attribute, c.claim_value, c.excerpt
				from claim c join source s on s.id = c.source_id left join event e on e.id = c.event_id
				left join actor a on a.id = c.actor_id left join figure f on f.id = c.figure_id
				order by c.id""")
			.query((rs, n) -> new Claim(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6)))
			.list();
		List<String> files = this.jdbc.sql("select file_name from source order by file_name").query(String.class).list();
		Map<String, Tally> table = new LinkedHashMap<>();
		for (String row : ROWS) {
			table.put(row, new Tally());
		}
		Tally occurrence = new Tally();
		int excerpts = 0;
		int verbatim = 0;
		int datesFound = 0;
		int datesResolved = 0;
		StringBuilder detail = new StringBuilder();
		SuggestionEngine engine = new SuggestionEngine();
		for (String file : files) {
			String text = Files.readString(SEEDS.resolve(file), StandardCharsets.UTF_8);
			List<Claim> gold = claims.stream().filter((c) -> c.file().equals(file)).toList();
			List<Claim> others = claims.stream().filter((c) -> !c.file().equals(file)).toList();
			Known known = knownWithout(others);
			Set<String> keptSubjects = new HashSet<>();
			known.events().forEach((e) -> keptSubjects.add("EVENT:" + e.slug()));
			known.figures().forEach((f) -> keptSubjects.add("FIGURE:" + f.slug()));
			known.actors().forEach((a) -> keptSubjects.add("ACTOR:" + a.slug()));
			Document document = new Document(text, IMPLIED_PUBLICATION.get(file), "en");
			long started = System.nanoTime();
			Suggestions suggestions = engine.suggest(document, known);
			long firstMicros = (System.nanoTime() - started) / 1000;
			started = System.nanoTime();
			assertThat(engine.suggest(document, known)).as("deterministic").isEqualTo(suggestions);
			long micros = (System.nanoTime() - started) / 1000;
			assertThat(suggestions.supported()).isTrue();
			Set<Claim> found = new HashSet<>();
			detail.append("\n== ").append(file).append(" (").append(suggestions.items().size()).append(" suggestions, ")
				.append(firstMicros / 1000).append(" ms first run, ").append(micros / 1000).append(" ms again)\n");
			for (Suggestion s : suggestions.items()) {
				excerpts++;
				String sub = text.substring(s.start(), s.end());
				if (sub.equals(s.excerpt()) && !sub.contains("\n") && !sub.isEmpty()
						&& sub.length() <= SuggestionEngine.MAX_EXCERPT) {
					verbatim++;
				}
				List<Claim> hits = gold.stream().filter((g) -> matches(s, g, text, keptSubjects)).toList();
				found.addAll(hits);
				String family = FAMILIES.getOrDefault(s.attribute(), "other");
				Tally tally = family.equals("occurrence") ? occurrence : table.get(family);
				if (tally != null) {
					tally.suggested++;
					tally.correct += hits.isEmpty() ? 0 : 1;
				}
				detail.append(hits.isEmpty() ? "  FP " : "  ok ").append(s.subject().type()).append(':')
					.append(s.subject().key()).append(' ').append(s.attribute()).append('=').append(s.value())
					.append(" [").append(s.rule()).append("] «").append(s.excerpt(), 0, Math.min(80, s.excerpt().length()))
					.append("»\n");
			}
			for (Claim g : gold) {
				String family = FAMILIES.get(g.attribute());
				if (family == null) {
					// Reported speech ("statement") is outside the families the engine is measured on.
					detail.append("  NOT EVALUATED ").append(g.attribute()).append(' ').append(g.slug()).append('\n');
					continue;
				}
				Tally tally = family.equals("occurrence") ? occurrence : table.get(family);
				tally.gold++;
				tally.recalled += found.contains(g) ? 1 : 0;
				if (!found.contains(g)) {
					detail.append("  MISS ").append(g.type()).append(':').append(g.slug()).append(' ')
						.append(g.attribute()).append('=').append(g.value()).append(" «")
						.append(g.excerpt(), 0, Math.min(80, g.excerpt().length())).append("»\n");
				}
				if (family.equals("dates")) {
					List<Suggestion> sameSlot = suggestions.items().stream()
						.filter((s) -> s.attribute().equals(g.attribute()) && sameSubject(s, g, text, keptSubjects))
						.toList();
					if (!sameSlot.isEmpty()) {
						datesFound++;
						datesResolved += sameSlot.stream().anyMatch((s) -> s.value().equals(g.value())) ? 1 : 0;
					}
				}
			}
		}
		Tally overall = new Tally();
		StringBuilder out = new StringBuilder("\nLeave-one-out evaluation of the suggestion engine on the seed\n");
		out.append(String.format("%-22s %9s %9s %9s %9s%n", "family", "suggested", "precision", "seed", "recall"));
		for (Map.Entry<String, Tally> row : table.entrySet()) {
			out.append(row.getValue().line(row.getKey()));
			overall.add(row.getValue());
		}
		out.append(overall.line("overall (4 families)"));
		out.append(occurrence.line("occurrence (extra)"));
		out.append(String.format("dates resolved to the seed's date and precision: %d of %d found (%.0f%%)%n",
				datesResolved, datesFound, 100.0 * datesResolved / Math.max(1, datesFound)));
		out.append(String.format("verbatim excerpts: %d of %d (%.0f%%)%n", verbatim, excerpts,
				100.0 * verbatim / Math.max(1, excerpts)));
		System.out.println(out);
		System.out.println(detail);

		assertThat(verbatim).as("every excerpt is verbatim and within one sentence").isEqualTo(excerpts);
		// floors a little under what the rules reach on the corrected seed (81% precision, 71% recall,
		// 18 of 19 dates); its corrections added claims (corroborations, locations, dates) the rules
		// partly miss, so these are lower than against the seed before V14 (84%, 78%)
		assertThat(overall.precision()).as("overall precision").isGreaterThanOrEqualTo(0.78);
		assertThat(overall.recall()).as("overall recall").isGreaterThanOrEqualTo(0.68);
		assertThat(datesResolved).as("dates resolved to the seed's date and precision").isGreaterThanOrEqualTo(
				(int) Math.ceil(0.9 * datesFound));
	}

	/** The store before the document: subjects other documents support, with only what they say. */
	private Known knownWithout(List<Claim> others) {
		Set<String> supported = new HashSet<>();
		Map<String, List<String>> participants = new LinkedHashMap<>();
		Set<String> dated = new HashSet<>();
		Set<String> ended = new HashSet<>();
		Set<String> located = new HashSet<>();
		for (Claim c : others) {
			supported.add(c.type() + ":" + c.slug());
			if (c.type().equals("EVENT")) {
				switch (c.attribute()) {
					case "participant" -> participants.computeIfAbsent(c.slug(), (k) -> new ArrayList<>()).add(c.value());
					case "start-date" -> dated.add(c.slug());
					case "end-date" -> ended.add(c.slug());
					case "location" -> located.add(c.slug());
					default -> {
					}
				}
			}
		}
		List<Known.Actor> actors = this.jdbc.sql("select slug, name, kind, country, title from actor order by slug")
			.query((rs, n) -> new Known.Actor(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5)))
			.list();
		List<Known.Event> events = this.jdbc
			.sql("select slug, title, kind, start_date, date_precision, end_date, location from event order by slug")
			.query((rs, n) -> {
				String slug = rs.getString(1);
				PartialDate date = dated.contains(slug) ? new PartialDate(rs.getObject(4, LocalDate.class),
						DatePrecision.valueOf(rs.getString(5))) : null;
				return new Known.Event(slug, rs.getString(2), rs.getString(3), date,
						ended.contains(slug) ? rs.getObject(6, LocalDate.class) : null,
						located.contains(slug) ? rs.getString(7) : null, participants.getOrDefault(slug, List.of()));
			})
			.list()
			.stream()
			.filter((e) -> supported.contains("EVENT:" + e.slug()))
			.toList();
		List<Known.Figure> figures = this.jdbc
			.sql("select slug, label, unit, period_start, period_end from figure order by slug")
			.query((rs, n) -> new Known.Figure(rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class)))
			.list()
			.stream()
			.filter((f) -> supported.contains("FIGURE:" + f.slug()))
			.toList();
		List<Known.Attribute> attributes = this.jdbc
			.sql("select code, label, subject_type, value_type, single_valued from claim_attribute order by code")
			.query((rs, n) -> new Known.Attribute(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getBoolean(5)))
			.list();
		return new Known(actors, events, figures, attributes);
	}

	static boolean matches(Suggestion s, Claim g, String text, Set<String> kept) {
		return s.attribute().equals(g.attribute()) && s.value().equals(g.value()) && sameSubject(s, g, text, kept);
	}

	static boolean sameSubject(Suggestion s, Claim g, String text, Set<String> kept) {
		if (!s.subject().type().equals(g.type())) {
			return false;
		}
		if (!s.subject().isProposed()) {
			return s.subject().slug().equals(g.slug());
		}
		if (kept.contains(g.type() + ":" + g.slug())) {
			return false;
		}
		int at = text.indexOf(g.excerpt());
		return at >= 0 && s.start() < at + g.excerpt().length() && at < s.end();
	}

	static final class Tally {

		int suggested;

		int correct;

		int gold;

		int recalled;

		double precision() {
			return (double) this.correct / Math.max(1, this.suggested);
		}

		double recall() {
			return (double) this.recalled / Math.max(1, this.gold);
		}

		void add(Tally other) {
			this.suggested += other.suggested;
			this.correct += other.correct;
			this.gold += other.gold;
			this.recalled += other.recalled;
		}

		String line(String name) {
			return String.format("%-22s %9d %8.0f%% %9d %8.0f%%%n", name, this.suggested, 100 * precision(), this.gold,
					100 * recall());
		}

	}

}
