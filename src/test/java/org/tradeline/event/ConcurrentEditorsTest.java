package org.tradeline.event;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.tradeline.support.Api;
import org.tradeline.support.ApiTest;
import org.tradeline.support.Editors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tradeline.support.Api.read;

/**
 * Sixteen editors read the same event, wait for each other, then all update it with the ETag they
 * read. Per round exactly one wins and fifteen get 412; the history holds every accepted write once.
 * <p>
 * Sixteen writers are more than the pool's ten connections. Writers of one event take turns on its
 * row in the database (the losers of a round wait for the winner's versioned update to commit,
 * which tells them they lost; new claims and restores wait for its lock), each holding its
 * connection meanwhile, and a request that finds none free within the pool's wait (2 s) is
 * answered 503 with Retry-After, nothing of it stored: the service shedding load, as it should. On a
 * loaded machine the writers ahead may take longer than that wait, so here a 503 is a legitimate
 * answer: the request is sent again after Retry-After, as a client would, and what was accepted is
 * still checked against what was stored.
 */
@ApiTest
@TestPropertySource(properties = "tradeline.test.context=writes")
class ConcurrentEditorsTest {

	static final int EDITORS = 16;

	static final int ROUNDS = 5;

	/** How many times a request answered 503 is sent in all. */
	static final int ATTEMPTS = 4;

	/** The 503s answered and retried, reported with the counts. */
	static final AtomicInteger unavailable = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Test
	void exactlyOneEditorWinsEachRoundAndNoWriteIsLost() throws Exception {
		Api admin = new Api(this.mvc, Editors.BOOTSTRAP_ADMIN);
		String uri = newEvent(admin, "concurrency-target");
		List<Api> editors = new ArrayList<>();
		for (int i = 0; i < EDITORS; i++) {
			editors.add(new Api(this.mvc, Editors.editor(this.mvc, "concurrent-editor-" + i)));
		}
		unavailable.set(0);
		ExecutorService pool = Executors.newFixedThreadPool(EDITORS);
		List<String> acceptedTitles = new ArrayList<>();
		int accepted = 0;
		int rejected = 0;
		try {
			for (int round = 0; round < ROUNDS; round++) {
				CyclicBarrier allHaveRead = new CyclicBarrier(EDITORS);
				List<Future<MockHttpServletResponse>> results = new ArrayList<>();
				for (int i = 0; i < EDITORS; i++) {
					Api editor = editors.get(i);
					String title = "Round " + round + " by editor " + i;
					Callable<MockHttpServletResponse> write = () -> {
						String etag = served(() -> editor.anonymousGet(uri)).getHeader(HttpHeaders.ETAG);
						allHaveRead.await(30, TimeUnit.SECONDS);
						return served(() -> editor.patch(uri, etag, "{\"title\": \"" + title + "\"}"));
					};
					results.add(pool.submit(write));
				}
				int winners = 0;
				for (Future<MockHttpServletResponse> result : results) {
					MockHttpServletResponse response = result.get(60, TimeUnit.SECONDS);
					assertThat(response.getStatus()).as(response.getContentAsString()).isIn(200, 412);
					if (response.getStatus() == 200) {
						winners++;
						acceptedTitles.add(read(response, "$.title"));
					}
				}
				assertThat(winners).as("winners in round %d", round).isEqualTo(1);
				accepted += winners;
				rejected += EDITORS - winners;
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(accepted).isEqualTo(ROUNDS);
		assertThat(rejected).isEqualTo(ROUNDS * (EDITORS - 1));
		System.out.printf("Concurrent editors: %d accepted, %d rejected with 412, %d retried after 503%n", accepted,
				rejected, unavailable.get());

		MockHttpServletResponse history = admin.get(uri + "/revisions?size=100");
		List<Integer> numbers = read(history, "$.items[*].number");
		List<String> actions = read(history, "$.items[*].action");
		List<String> titles = read(history, "$.items[?(@.action == 'updated')].after.title");
		assertThat(numbers).containsExactly(1, 2, 3, 4, 5, 6);
		assertThat(actions).containsExactly("created", "updated", "updated", "updated", "updated", "updated");
		assertThat(titles).containsExactlyElementsOf(acceptedTitles);
		assertThat((String) read(admin.anonymousGet(uri), "$.title")).isEqualTo(acceptedTitles.get(ROUNDS - 1));
	}

	/**
	 * New claims about one event at once: each keeps the event's revisions, and they take turns on its
	 * row, so every one is stored, none refused for a precondition it did not give (412) or a race it
	 * could not avoid.
	 */
	@Test
	void claimsAddedAtOnceAreEachStored() throws Exception {
		Api admin = new Api(this.mvc, Editors.BOOTSTRAP_ADMIN);
		String uri = newEvent(admin, "claims-at-once");
		String claim = "{\"source\": 1, \"subject\": {\"type\": \"event\", \"slug\": \"claims-at-once\"},"
				+ " \"attribute\": \"occurrence\", \"value\": \"occurred\", \"valueLabel\": \"met\", \"excerpt\": \"at once %d\"}";
		List<Integer> statuses = atOnce(i -> admin.post("/api/v1/claims", claim.formatted(i)));
		assertThat(statuses).hasSize(EDITORS).containsOnly(201);
		List<String> excerpts = read(admin.get(uri + "?state=all"), "$.claims[*].excerpt");
		for (int i = 0; i < EDITORS; i++) {
			assertThat(excerpts).as("claim %d", i).containsOnlyOnce("at once " + i);
		}
		List<String> actions = read(admin.get(uri + "/revisions?size=100"), "$.items[*].action");
		assertThat(actions).hasSize(EDITORS + 1).filteredOn("claim-added"::equals).hasSize(EDITORS);
	}

	/**
	 * Edits and deletes of different claims about one event at once, each with its own claim's ETag:
	 * they take turns on the event's row before its revisions are kept, so every one succeeds, none
	 * refused with a 412 for a change to a claim it did not touch.
	 */
	@Test
	void claimsEditedAndDeletedAtOnceAreEachStored() throws Exception {
		Api admin = new Api(this.mvc, Editors.BOOTSTRAP_ADMIN);
		String uri = newEvent(admin, "claims-edited-at-once");
		String claim = "{\"source\": 1, \"subject\": {\"type\": \"event\", \"slug\": \"claims-edited-at-once\"},"
				+ " \"attribute\": \"occurrence\", \"value\": \"occurred\", \"valueLabel\": \"met\", \"excerpt\": \"claim %d\"}";
		List<String> claims = new ArrayList<>();
		List<String> etags = new ArrayList<>();
		for (int i = 0; i < EDITORS; i++) {
			MockHttpServletResponse created = admin.post("/api/v1/claims", claim.formatted(i));
			assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
			claims.add("/api/v1/claims/" + read(created, "$.id"));
		}
		for (String each : claims) {
			etags.add(admin.editorEtag(each));
		}
		List<Integer> statuses = atOnce(i -> (i % 2 == 0)
				? admin.patch(claims.get(i), etags.get(i), "{\"excerpt\": \"edited at once " + i + "\"}")
				: admin.delete(claims.get(i), etags.get(i)));
		for (int i = 0; i < EDITORS; i++) {
			assertThat(statuses.get(i)).as("claim %d", i).isEqualTo((i % 2 == 0) ? 200 : 204);
		}
		List<String> excerpts = read(admin.get(uri + "?state=all"), "$.claims[*].excerpt");
		for (int i = 0; i < EDITORS; i += 2) {
			assertThat(excerpts).as("claim %d", i).containsOnlyOnce("edited at once " + i);
		}
		assertThat(excerpts).hasSize(EDITORS / 2);
		List<String> actions = read(admin.get(uri + "/revisions?size=100"), "$.items[*].action");
		assertThat(actions).filteredOn("claim-deleted"::equals).hasSize(EDITORS / 2);

		// Restores of different claims about the event take turns too: each is stored, none refused.
		List<Integer> restores = atOnce(i -> (i % 2 == 1) ? admin.post(claims.get(i) + "/restore", "")
				: admin.get(claims.get(i)));
		assertThat(restores).as("restores, and reads of the claims left alone").containsOnly(200);
		assertThat((List<String>) read(admin.get(uri + "?state=all"), "$.claims[*].excerpt")).hasSize(EDITORS);
		assertThat((List<String>) read(admin.get(uri + "/revisions?size=100"), "$.items[*].action"))
			.filteredOn("claim-restored"::equals)
			.hasSize(EDITORS / 2);
	}

	/** Restore takes no If-Match: of several at once, one restores and the rest find it restored. */
	@Test
	void ofRestoresAtOnceOneRestoresAndTheCountsMoveOnce() throws Exception {
		Api admin = new Api(this.mvc, Editors.BOOTSTRAP_ADMIN);
		String uri = newEvent(admin, "restored-at-once");
		int events = read(admin.anonymousGet("/api/v1/stats"), "$.totals.events");
		assertThat(admin.delete(uri, admin.etag(uri)).getStatus()).isEqualTo(204);
		List<Integer> statuses = atOnce(i -> admin.post(uri + "/restore", ""));
		assertThat(statuses).containsOnly(200, 409).filteredOn(status -> status == 200).hasSize(1);
		assertThat((Integer) read(admin.anonymousGet("/api/v1/stats"), "$.totals.events")).isEqualTo(events);
		assertThat((List<String>) read(admin.get(uri + "/revisions?size=100"), "$.items[*].action"))
			.containsExactly("created", "deleted", "restored");
	}

	/** Creates an event of the test's own and returns its URL. */
	private static String newEvent(Api admin, String slug) throws Exception {
		assertThat(admin.post("/api/v1/events", EventWriteApiTest.NEW_EVENT.formatted(slug)).getStatus())
			.isEqualTo(201);
		return "/api/v1/events/" + slug;
	}

	/** The statuses of {@link #EDITORS} requests sent at the same moment, the i-th made by request(i). */
	private static List<Integer> atOnce(Request request) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(EDITORS);
		try {
			CyclicBarrier ready = new CyclicBarrier(EDITORS);
			List<Future<MockHttpServletResponse>> results = new ArrayList<>();
			for (int i = 0; i < EDITORS; i++) {
				int n = i;
				results.add(pool.submit(() -> {
					ready.await(30, TimeUnit.SECONDS);
					return served(() -> request.send(n));
				}));
			}
			List<Integer> statuses = new ArrayList<>();
			for (Future<MockHttpServletResponse> result : results) {
				statuses.add(result.get(60, TimeUnit.SECONDS).getStatus());
			}
			return statuses;
		}
		finally {
			pool.shutdownNow();
		}
	}

	/**
	 * The answer to a request, sent again after Retry-After while it is 503 (no pooled connection came
	 * free in time; see the class comment), as a client would; at most a few times.
	 */
	private static MockHttpServletResponse served(Callable<MockHttpServletResponse> request) throws Exception {
		for (int attempt = 1;; attempt++) {
			MockHttpServletResponse response = request.call();
			if (response.getStatus() != 503 || attempt == ATTEMPTS) {
				return response;
			}
			String retryAfter = response.getHeader(HttpHeaders.RETRY_AFTER);
			assertThat(retryAfter).as("a 503 says when to come back").isNotNull();
			assertThat(response.getContentType()).isEqualTo("application/problem+json");
			unavailable.incrementAndGet();
			Thread.sleep(TimeUnit.SECONDS.toMillis(Long.parseLong(retryAfter)));
		}
	}

	private interface Request {

		MockHttpServletResponse send(int n) throws Exception;

	}

}
