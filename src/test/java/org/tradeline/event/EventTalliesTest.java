package org.tradeline.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.tradeline.store.Tallies;
import org.tradeline.support.Api;
import org.tradeline.support.ApiTest;
import org.tradeline.support.Editors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event counts stats reads are kept by the write path; after every step of a seeded random
 * sequence of event creates (drafts among them), edits (of every field a count is by), publishing,
 * unpublishing, deletes and restores through the API, each kept tally equals the same count made
 * from scratch over the store, which counts published events only.
 */
@ApiTest
@TestPropertySource(properties = "tradeline.test.context=event-tallies")
class EventTalliesTest {

	private static final int STEPS = 120;

	private static final List<String> DATES = List.of("2024-12-31", "2025-01-01", "2025-04-15", "2025-04-30",
			"2025-05-12", "2026-02-28");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Tallies tallies;

	@Autowired
	EventTallies eventTallies;

	@Test
	void keptCountsEqualCountsFromScratchAfterEveryEventWrite() throws Exception {
		Api api = new Api(this.mvc, Editors.editor(this.mvc, "event-tallies"));
		List<String> topics = this.jdbc.sql("select slug from topic order by slug").query(String.class).list();
		List<String> actors = this.jdbc.sql("select slug from actor order by slug")
			.query(String.class)
			.list();
		Random random = new Random(20251201);
		List<String> live = new ArrayList<>(List.of("geneva-talks", "london-talks"));
		List<String> deleted = new ArrayList<>();
		Map<String, Integer> steps = new TreeMap<>();
		assertKeptEqualsScratch("start");
		for (int step = 0; step < STEPS; step++) {
			int dice = random.nextInt(100);
			String kind;
			MockHttpServletResponse answer;
			if (dice < 30 || live.isEmpty()) {
				kind = "create";
				String slug = "tally-" + step;
				answer = api.post("/api/v1/events", body(slug, random, topics, actors));
				live.add(slug);
			}
			else if (dice < 40) {
				String uri = "/api/v1/events/" + live.get(random.nextInt(live.size()));
				boolean publish = random.nextBoolean();
				kind = publish ? "publish" : "unpublish";
				answer = api.patch(uri, api.editorEtag(uri),
						"{\"state\": \"" + (publish ? "published" : "draft") + "\"}");
			}
			else if (dice < 70) {
				kind = "edit";
				String uri = "/api/v1/events/" + live.get(random.nextInt(live.size()));
				String patch = switch (random.nextInt(5)) {
					case 0 -> "{\"kind\": \"" + kindOf(random) + "\"}";
					case 1 -> "{\"date\": " + dateOf(random) + "}";
					case 2 -> "{\"topics\": " + pick(topics, random) + "}";
					case 3 -> "{\"participants\": " + participants(actors, random) + "}";
					default -> "{\"summary\": \"Edited at step " + step + ".\"}";
				};
				answer = api.patch(uri, api.editorEtag(uri), patch);
			}
			else if (dice < 85) {
				kind = "delete";
				String slug = live.remove(random.nextInt(live.size()));
				String uri = "/api/v1/events/" + slug;
				answer = api.delete(uri, api.editorEtag(uri));
				deleted.add(slug);
			}
			else if (!deleted.isEmpty()) {
				kind = "restore";
				String slug = deleted.remove(random.nextInt(deleted.size()));
				answer = api.post("/api/v1/events/" + slug + "/restore", "");
				live.add(slug);
			}
			else {
				continue;
			}
			assertThat(answer.getStatus()).as("%s at step %s: %s", kind, step, answer.getContentAsString())
				.isBetween(200, 299);
			steps.merge(kind, 1, Integer::sum);
			assertKeptEqualsScratch(step + " (" + kind + ")");
		}
		assertThat(steps.keySet()).as("steps taken: %s", steps)
			.contains("create", "edit", "publish", "unpublish", "delete", "restore");
	}

	private void assertKeptEqualsScratch(String step) {
		Map<String, Map<String, Long>> scratch = this.eventTallies.scratch();
		assertThat(scratch.keySet()).containsExactlyInAnyOrder(EventTallies.ALL, EventTallies.BY_MONTH,
				EventTallies.BY_KIND, EventTallies.BY_TOPIC, EventTallies.BY_ACTOR);
		scratch.forEach((name, counts) -> assertThat(this.tallies.read(name)).as("%s after step %s", name, step)
			.isEqualTo(counts));
		long live = this.jdbc.sql("select count(*) from event where deleted_at is null and state = 'PUBLISHED'")
			.query(Long.class)
			.single();
		assertThat(this.tallies.read(EventTallies.ALL)).as("live published events after step %s", step)
			.isEqualTo(Map.of(EventTallies.ALL, live));
	}

	private static String body(String slug, Random random, List<String> topics, List<String> actors) {
		return """
				{"slug": "%s", "title": "Tally %s", "summary": "Made by the tally test.", "kind": "%s",
				 "date": %s, "topics": %s, "participants": %s, "state": "%s"}""".formatted(slug, slug, kindOf(random),
				dateOf(random), pick(topics, random), participants(actors, random),
				random.nextInt(3) == 0 ? "draft" : "published");
	}

	private static String kindOf(Random random) {
		return EventKind.values()[random.nextInt(EventKind.values().length)].code();
	}

	private static String dateOf(Random random) {
		String start = DATES.get(random.nextInt(DATES.size()));
		// end is named so that a merge-patch drops the one the event had.
		return random.nextBoolean() ? "{\"start\": \"" + start + "\", \"end\": null, \"precision\": \"day\"}"
				: "{\"start\": \"" + start.substring(0, 8) + "01\", \"end\": null, \"precision\": \"month\"}";
	}

	/** Zero to three distinct values, as a JSON array. */
	private static String pick(List<String> values, Random random) {
		List<String> chosen = new ArrayList<>();
		for (int i = random.nextInt(4); i > 0; i--) {
			String value = values.get(random.nextInt(values.size()));
			if (!chosen.contains(value)) {
				chosen.add(value);
			}
		}
		return chosen.stream().map(v -> "\"" + v + "\"").toList().toString();
	}

	/** Up to three participants, drawn from a few actors so that events share them. */
	private static String participants(List<String> actors, Random random) {
		List<String> chosen = new ArrayList<>();
		for (int i = random.nextInt(4); i > 0; i--) {
			String actor = "{\"actor\": \"" + actors.get(random.nextInt(Math.min(4, actors.size())))
					+ "\", \"role\": \"Delegate\", \"side\": \"other\"}";
			if (!chosen.contains(actor)) {
				chosen.add(actor);
			}
		}
		return chosen.toString();
	}

}
