package org.tradeline.cache;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tradeline.store.StoreChange;

import static org.assertj.core.api.Assertions.assertThat;

/** Which kept answers a store change drops, and what an answer costs. */
class ReadCacheEntriesTest {

	private final ReadCache cache = new ReadCache(1 << 20);

	private static CachedAnswer answer(String... tags) {
		return new CachedAnswer("application/json", Map.of("Cache-Control", List.of("public, max-age=60")), "\"1\"", -1,
				false, "{}".getBytes(), null, Set.of(tags));
	}

	private void put(String key, CachedAnswer answer) {
		this.cache.put(key, answer, this.cache.mark());
	}

	private void change(String... tags) {
		this.cache.changed(new StoreChange(1, Set.of(tags)));
	}

	@Test
	void aChangeDropsTheAnswersThatShareATagAndThoseThatDeclaredNothing() {
		put("geneva", answer("event:2", "actor:4", "source:3"));
		put("london", answer("event:11", "actor:5"));
		put("list", answer("events", "claims"));
		put("undeclared", answer());
		change("event:11", "events", "stats");
		assertThat(this.cache.get("geneva")).isNotNull();
		assertThat(this.cache.get("london")).isNull();
		assertThat(this.cache.get("list")).isNull();
		assertThat(this.cache.get("undeclared")).isNull();
		change("source:3");
		assertThat(this.cache.get("geneva")).isNull();
	}

	@Test
	void anAnswerLeavesTheTagIndexWhenItLeavesTheCache() {
		put("geneva", answer("event:2", "actor:4"));
		// A later answer for the key replaces it, and only the later one's tags reach the key now.
		put("geneva", answer("event:3"));
		change("event:2", "actor:4");
		assertThat(this.cache.get("geneva")).isNotNull();
		put("undeclared", answer());
		change("event:3");
		assertThat(this.cache.size()).isZero();
		assertThat(this.cache.indexedTags()).isZero();
	}

	@Test
	void evictedAnswersLeaveTheTagIndex() {
		ReadCache small = new ReadCache(8 * 1024);
		for (int i = 0; i < 500; i++) {
			small.put("event-" + i, answer("event:" + i), small.mark());
		}
		assertThat(small.size()).isLessThan(100);
		assertThat((long) small.indexedTags()).isEqualTo(small.size());
	}

	@Test
	void everythingDropsAll() {
		put("geneva", answer("event:2"));
		put("stats", answer("stats"));
		change(StoreChange.EVERYTHING);
		assertThat(this.cache.size()).isZero();
	}

	@Test
	void anAnswerComputedWhileAChangeItDependsOnWasAppliedIsNotKept() {
		long mark = this.cache.mark();
		// The change commits and is applied while the answer is being computed from older data.
		change("event:2");
		this.cache.put("geneva", answer("event:2", "actor:4"), mark);
		assertThat(this.cache.get("geneva")).isNull();
		// A change it does not depend on does not stop it being kept.
		long later = this.cache.mark();
		change("event:11");
		this.cache.put("geneva", answer("event:2", "actor:4"), later);
		assertThat(this.cache.get("geneva")).isNotNull();
		// Nor does one applied before it started.
		this.cache.put("list", answer("events"), this.cache.mark());
		assertThat(this.cache.get("list")).isNotNull();
	}

	@Test
	void anAnswerThatSawMoreChangesGoByThanAreRememberedIsNotKept() {
		long mark = this.cache.mark();
		for (int i = 0; i < 5000; i++) {
			change("event:" + (1000 + i));
		}
		this.cache.put("geneva", answer("event:2"), mark);
		assertThat(this.cache.get("geneva")).isNull();
	}

	@Test
	void theWeightCountsEveryPartOnTheHeapNotJustKeyAndBody() {
		String key = "http://localhost:80|org.tradeline.topic.TopicController#list/2|/api/v1/topics|?|application/json|";
		byte[] body = new byte[200];
		Map<String, List<String>> headers = Map.of("Cache-Control", List.of("public, max-age=60"),
				"Content-Security-Policy", List.of("default-src 'none'; frame-ancestors 'none'"), "Vary",
				List.of("Origin", "Access-Control-Request-Method", "Access-Control-Request-Headers"),
				"X-Content-Type-Options", List.of("nosniff"), "Last-Modified", List.of("Wed, 11 Jun 2025 12:00:00 GMT"));
		CachedAnswer answer = new CachedAnswer("application/json", headers, "\"0123456789abcdef0123456789abcdef\"", 0,
				true, body, new byte[150], Set.of("topics", "stats"));
		long chars = key.length() + answer.etag().length() + answer.contentType().length() + 6 + 5;
		for (Map.Entry<String, List<String>> header : headers.entrySet()) {
			chars += header.getKey().length() + header.getValue().stream().mapToInt(String::length).sum();
		}
		long lowerBound = 2 * chars + body.length + 150;
		assertThat(CachedAnswer.weigh(key, answer)).isGreaterThan((int) lowerBound)
			.isGreaterThan(3 * (key.length() + body.length));
	}

}
