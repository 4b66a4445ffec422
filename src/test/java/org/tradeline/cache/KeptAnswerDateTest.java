package org.tradeline.cache;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tradeline.store.StoreChanges;
import org.tradeline.support.Api;
import org.tradeline.support.ApiTest;
import org.tradeline.support.Editors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.tradeline.support.HttpDates.afterTheSecondOf;
import static org.tradeline.support.HttpDates.secondOf;

/**
 * One representation carries one date, whether the read cache answered or not: a public write that
 * leaves a kept answer (an actor the event does not name) moves the public view's last change, yet a
 * read the cache lets through (If-Unmodified-Since, a Cookie) is dated and judged as the kept copy,
 * so a client echoing the date it was given is not refused, nor sent the body again.
 */
@ApiTest
@TestPropertySource(properties = "tradeline.test.context=writes")
class KeptAnswerDateTest {

	private static final String EVENT = "/api/v1/events/kept-date-talks";

	@Autowired
	MockMvc mvc;

	@Autowired
	StoreChanges changes;

	@Test
	void readsTheCacheLetsThroughCarryAndAreJudgedByTheKeptAnswersDate() throws Exception {
		Api api = new Api(this.mvc, Editors.editor(this.mvc, "kept-date"));
		assertThat(api.post("/api/v1/events", """
				{"slug": "kept-date-talks", "title": "Talks", "summary": "Negotiators met.", "kind": "talks",
				 "date": {"start": "2025-06-20", "precision": "day"}, "topics": ["tariffs"]}""").getStatus())
			.isEqualTo(201);
		MockHttpServletResponse kept = api.anonymousGet(EVENT);
		String etag = kept.getHeader(HttpHeaders.ETAG);
		String date = kept.getHeader(HttpHeaders.LAST_MODIFIED);
		assertThat(etag).isNotNull();
		assertThat(date).isNotNull();

		afterTheSecondOf(this.changes.publicLastChange().at());
		assertThat(api.post("/api/v1/actors", """
				{"slug": "kept-date-envoy", "name": "An envoy", "kind": "person"}""").getStatus()).isEqualTo(201);
		assertThat(this.changes.publicLastChange().at().getEpochSecond()).as("the actor moved the public date")
			.isGreaterThan(secondOf(date));
		MockHttpServletResponse replayed = api.anonymousGet(EVENT);
		assertThat(replayed.getHeader(HttpHeaders.ETAG)).isEqualTo(etag);
		assertThat(replayed.getHeader(HttpHeaders.LAST_MODIFIED)).as("still the kept answer").isEqualTo(date);

		MockHttpServletResponse unmodified = read(get(EVENT).header(HttpHeaders.IF_UNMODIFIED_SINCE, date));
		assertThat(unmodified.getStatus()).isEqualTo(200);
		assertThat(unmodified.getHeader(HttpHeaders.ETAG)).isEqualTo(etag);
		assertThat(unmodified.getHeader(HttpHeaders.LAST_MODIFIED)).isEqualTo(date);
		MockHttpServletResponse both = read(get(EVENT).header(HttpHeaders.IF_UNMODIFIED_SINCE, date)
			.header(HttpHeaders.IF_MODIFIED_SINCE, date));
		assertThat(both.getStatus()).isEqualTo(304);
		assertThat(both.getHeader(HttpHeaders.LAST_MODIFIED)).isEqualTo(date);

		MockHttpServletResponse withCookie = read(get(EVENT).header(HttpHeaders.COOKIE, "x=1"));
		assertThat(withCookie.getStatus()).isEqualTo(200);
		assertThat(withCookie.getHeader(HttpHeaders.ETAG)).isEqualTo(etag);
		assertThat(withCookie.getHeader(HttpHeaders.LAST_MODIFIED)).isEqualTo(date);
		assertThat(read(get(EVENT).header(HttpHeaders.COOKIE, "x=1").header(HttpHeaders.IF_MODIFIED_SINCE, date))
			.getStatus()).isEqualTo(304);

		// A date before the kept answer's still fails the condition.
		String before = httpDate(secondOf(date) - 1);
		MockHttpServletResponse stale = read(get(EVENT).header(HttpHeaders.IF_UNMODIFIED_SINCE, before));
		assertThat(stale.getStatus()).isEqualTo(412);
		assertThat(stale.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
	}

	private MockHttpServletResponse read(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse();
	}

	private static String httpDate(long epochSecond) {
		HttpHeaders headers = new HttpHeaders();
		headers.setLastModified(epochSecond * 1000);
		return headers.getFirst(HttpHeaders.LAST_MODIFIED);
	}

}
