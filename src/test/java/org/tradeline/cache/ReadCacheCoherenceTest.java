package org.tradeline.cache;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.tradeline.store.StoreChange;
import org.tradeline.support.Api;
import org.tradeline.support.ApiTest;
import org.tradeline.support.Editors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes drop exactly what they made stale: after every step of a seeded random sequence of event,
 * claim, actor and source writes, each of a set of lists, filtered lists, exports, counts and details
 * answers from the cache with the same bytes as the same read computed with the cache emptied.
 * A write whose tags missed an answer it changed fails here.
 */
@ApiTest
@TestPropertySource(properties = "tradeline.test.context=read-cache-coherence")
class ReadCacheCoherenceTest {

	private static final int STEPS = 30;

	private static final List<String> READS = List.of("/api/v1/events?size=100", "/api/v1/events?size=5&page=1",
			"/api/v1/events?topic=tariffs&size=100", "/api/v1/events?topic=rare-earths&from=2025-04-01&to=2025-06-30",
			"/api/v1/events?actor=he-lifeng", "/api/v1/events?kind=talks", "/api/v1/events?q=talks",
			"/api/v1/events?q=RETITLED", "/api/v1/events?q=step%202&topic=tariffs",
			"/api/v1/events?disputed=true", "/api/v1/events?sort=title,desc&size=10",
			"/api/v1/exports/timeline.json?topic=tariffs", "/api/v1/exports/changes.atom",
			"/api/v1/exports/events.csv?actor=he-lifeng", "/api/v1/stats", "/api/v1/topics", "/api/v1/disputes",
			"/api/v1/actors/he-lifeng", "/api/v1/events/geneva-talks", "/api/v1/sources?size=100",
			"/embed/timeline?topic=tariffs");

	private static final List<String> TOPICS = List.of("tariffs", "rare-earths");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReadCache cache;

	@Autowired
	ViewCache views;

	@Test
	void everyCachedAnswerEqualsAFreshOneAfterEveryWrite() throws Exception {
		Api api = new Api(this.mvc, Editors.editor(this.mvc, "coherence"));
		Random random = new Random(20251202);
		List<String> live = new ArrayList<>(List.of("geneva-talks", "london-talks"));
		List<String> deleted = new ArrayList<>();
		Map<String, Integer> steps = new TreeMap<>();
		assertCachedEqualsFresh(api, "start");
		for (int step = 0; step < STEPS; step++) {
			String event = live.get(random.nextInt(live.size()));
			String uri = "/api/v1/events/" + event;
			String kind = switch (random.nextInt(11)) {
				case 0 -> "create";
				case 1 -> (live.size() > 1) ? "delete" : "summary";
				case 2 -> deleted.isEmpty() ? "summary" : "restore";
				case 3 -> "title";
				case 4 -> "kind";
				case 5 -> "topics";
				case 6 -> "participants";
				case 7 -> "claim";
				case 8 -> "actor";
				case 9 -> "source";
				default -> "summary";
			};
			MockHttpServletResponse answer = switch (kind) {
				case "create" -> {
					String slug = "coherence-" + step;
					live.add(slug);
					yield api.post("/api/v1/events", """
							{"slug": "%s", "title": "Coherence talks %d", "summary": "Talks.", "kind": "talks",
							 "date": {"start": "2025-05-%02d", "precision": "day"}, "topics": ["%s"],
							 "participants": [{"actor": "he-lifeng", "role": "Delegate", "side": "china"}]}"""
						.formatted(slug, step, 1 + random.nextInt(28), TOPICS.get(random.nextInt(2))));
				}
				case "delete" -> {
					live.remove(event);
					deleted.add(event);
					yield api.delete(uri, api.etag(uri));
				}
				case "restore" -> {
					String slug = deleted.remove(random.nextInt(deleted.size()));
					live.add(slug);
					yield api.post("/api/v1/events/" + slug + "/restore", "");
				}
				case "title" -> api.patch(uri, api.etag(uri), "{\"title\": \"Retitled at step " + step + "\"}");
				case "kind" -> api.patch(uri, api.etag(uri), "{\"kind\": \"" + (random.nextBoolean() ? "talks" : "call") + "\"}");
				case "topics" -> api.patch(uri, api.etag(uri), "{\"topics\": [\"" + TOPICS.get(random.nextInt(2)) + "\"]}");
				case "participants" -> api.patch(uri, api.etag(uri), random.nextBoolean() ? "{\"participants\": []}"
						: "{\"participants\": [{\"actor\": \"he-lifeng\", \"role\": \"Lead\", \"side\": \"china\"}]}");
				case "claim" -> {
					List<Integer> claims = JsonPath.read(api.get(uri).getContentAsString(), "$.claims[*].id");
					if (claims.isEmpty()) {
						yield api.patch(uri, api.etag(uri), "{\"location\": \"Step " + step + "\"}");
					}
					String claim = "/api/v1/claims/" + claims.get(random.nextInt(claims.size()));
					yield api.patch(claim, api.etag(claim), "{\"valueLabel\": \"Relabelled at step " + step + "\"}");
				}
				case "actor" -> api.patch("/api/v1/actors/he-lifeng", api.etag("/api/v1/actors/he-lifeng"),
						"{\"title\": \"Vice Premier (step " + step + ")\"}");
				case "source" -> {
					// A source's title shows in every claim that cites it, in entries and exports.
					List<Integer> sources = JsonPath.read(api.get(uri).getContentAsString(), "$.claims[*].source.id");
					String source = "/api/v1/sources/" + (sources.isEmpty() ? 1 : sources.get(random.nextInt(sources.size())));
					yield api.patch(source, api.etag(source), "{\"title\": \"Retitled source at step " + step + "\"}");
				}
				default -> api.patch(uri, api.etag(uri), "{\"summary\": \"Talks, as of step " + step + ".\"}");
			};
			assertThat(answer.getStatus()).as("%s at step %s: %s", kind, step, answer.getContentAsString())
				.isBetween(200, 299);
			steps.merge(kind, 1, Integer::sum);
			assertCachedEqualsFresh(api, step + " (" + kind + " " + event + ")");
		}
		assertThat(steps.keySet()).as("steps taken: %s", steps)
			.contains("create", "delete", "restore", "title", "kind", "topics", "participants", "claim", "actor",
					"source", "summary");
	}

	/**
	 * Reads each answer twice (the second from the cache), then again with the cache and the views
	 * answers are built from emptied.
	 */
	private void assertCachedEqualsFresh(Api api, String step) throws Exception {
		Map<String, String> cached = new TreeMap<>();
		for (String read : READS) {
			api.anonymousGet(read);
			MockHttpServletResponse answer = api.anonymousGet(read);
			// A deleted event's detail is a 404 (never cached; its body names the request).
			assertThat(answer.getStatus()).as("%s after step %s", read, step).isIn(200, 404);
			cached.put(read, answer(answer));
		}
		this.cache.changed(new StoreChange(0, Set.of(StoreChange.EVERYTHING)));
		this.views.changed(new StoreChange(0, Set.of(StoreChange.EVERYTHING)));
		for (String read : READS) {
			assertThat(answer(api.anonymousGet(read))).as("%s after step %s", read, step).isEqualTo(cached.get(read));
		}
	}

	private static String answer(MockHttpServletResponse response) throws Exception {
		return (response.getStatus() == 200) ? response.getContentAsString() : String.valueOf(response.getStatus());
	}

}
