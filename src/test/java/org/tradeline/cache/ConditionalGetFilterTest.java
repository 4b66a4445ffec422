package org.tradeline.cache;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.HandlerExceptionResolver;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.tradeline.store.LastChange;
import org.tradeline.store.StoreChanges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

class ConditionalGetFilterTest {

	private static final Instant CHANGED = Instant.parse("2025-06-11T12:00:00Z");

	private final StoreChanges changes = mock(StoreChanges.class);

	// The public view's last change; the store's is the same unless a test wrote drafts after it.
	private LastChange lastChange = new LastChange(CHANGED, true);

	private LastChange storeLastChange;

	private MockHttpServletResponse run(ConditionalGetFilter filter, MockHttpServletRequest request, String etag)
			throws Exception {
		given(this.changes.publicLastChange()).willReturn(this.lastChange);
		given(this.changes.lastChange()).willReturn((this.storeLastChange != null) ? this.storeLastChange : this.lastChange);
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, new MockFilterChain(new HttpServlet() {
			@Override
			protected void doGet(HttpServletRequest req, HttpServletResponse res) throws java.io.IOException {
				if (etag != null) {
					res.setHeader(HttpHeaders.ETAG, etag);
				}
				res.getWriter().write("{\"title\":\"London talks\"}");
			}
		}));
		return response;
	}

	// These requests carry no condition that could fail, so nothing is handed to the problem handler.
	private static final HandlerExceptionResolver NO_PROBLEMS = (request, response, handler, ex) -> {
		throw new AssertionError("unexpected problem", ex);
	};

	private ConditionalGetFilter filter(Duration maxAge) {
		return new ConditionalGetFilter(this.changes, new HttpCacheProperties(maxAge), 1 << 20, NO_PROBLEMS,
				new ReadCache(1 << 20));
	}

	@Test
	void keepsAnEtagTheControllerSet() throws Exception {
		MockHttpServletResponse response = run(filter(Duration.ofSeconds(60)),
				new MockHttpServletRequest("GET", "/api/v1/events/london-talks"), "\"v7\"");
		assertThat(response.getHeader(HttpHeaders.ETAG)).isEqualTo("\"v7\"");
		assertThat(response.getContentAsString()).contains("London talks");

		MockHttpServletRequest conditional = new MockHttpServletRequest("GET", "/api/v1/events/london-talks");
		conditional.addHeader(HttpHeaders.IF_NONE_MATCH, "\"v7\"");
		MockHttpServletResponse notModified = run(filter(Duration.ofSeconds(60)), conditional, "\"v7\"");
		assertThat(notModified.getStatus()).isEqualTo(304);
		assertThat(notModified.getContentAsString()).isEmpty();
	}

	@Test
	void hashesTheBodyWhenNoEtagWasSetAndSendsLastModified() throws Exception {
		MockHttpServletResponse response = run(filter(Duration.ofSeconds(60)),
				new MockHttpServletRequest("GET", "/api/v1/events"), null);
		assertThat(response.getHeader(HttpHeaders.ETAG)).startsWith("\"0").endsWith("\"");
		assertThat(response.getDateHeader(HttpHeaders.LAST_MODIFIED)).isEqualTo(CHANGED.toEpochMilli());
	}

	@Test
	void aBodyOverTheLimitIsStreamedWithoutAHash() throws Exception {
		given(this.changes.publicLastChange()).willReturn(new LastChange(CHANGED, true));
		MockHttpServletResponse response = new MockHttpServletResponse();
		boolean[] committedWhileWriting = new boolean[1];
		ConditionalGetFilter filter = new ConditionalGetFilter(this.changes, new HttpCacheProperties(Duration.ofSeconds(60)),
				1024, NO_PROBLEMS, new ReadCache(1 << 20));
		filter.doFilter(new MockHttpServletRequest("GET", "/api/v1/exports/events.csv"), response,
				new MockFilterChain(new HttpServlet() {
					@Override
					protected void doGet(HttpServletRequest req, HttpServletResponse res) throws java.io.IOException {
						res.setContentType("text/csv");
						for (int i = 0; i < 100; i++) {
							res.getOutputStream().write(new byte[100]);
						}
						committedWhileWriting[0] = res.isCommitted();
						res.getOutputStream().write(new byte[100]);
					}
				}));
		assertThat(committedWhileWriting[0]).as("sent before the handler finished").isTrue();
		assertThat(response.getContentAsByteArray()).hasSize(10_100);
		assertThat(response.getHeader(HttpHeaders.ETAG)).isNull();
		assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("public, max-age=60");
		assertThat(response.getDateHeader(HttpHeaders.LAST_MODIFIED)).isEqualTo(CHANGED.toEpochMilli());
	}

	@Test
	void cacheLifetimeIsConfigurable() throws Exception {
		MockHttpServletResponse response = run(filter(Duration.ofMinutes(5)),
				new MockHttpServletRequest("GET", "/api/v1/events"), null);
		assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("public, max-age=300");
	}

	@Test
	void modifiedSinceTheClientsCopyIsAnsweredInFull() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/events");
		request.addHeader(HttpHeaders.IF_MODIFIED_SINCE, CHANGED.minusSeconds(3600).toEpochMilli());
		MockHttpServletResponse response = run(filter(Duration.ofSeconds(60)), request, null);
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).isNotEmpty();
	}

	/**
	 * A date names a second: a copy dated with the second of the last change may be from before it
	 * when another change shares that second, so only a change alone in its second is validated by
	 * it; a later second is, either way.
	 */
	@Test
	void aDateInTheSecondOfTheLastChangeValidatesOnlyAChangeAloneInIt() throws Exception {
		Instant secondChange = CHANGED.plusMillis(400);
		this.lastChange = new LastChange(secondChange, false);
		MockHttpServletResponse sameSecond = run(filter(Duration.ofSeconds(60)), modifiedSince(CHANGED), null);
		assertThat(sameSecond.getStatus()).isEqualTo(200);
		assertThat(sameSecond.getContentAsString()).contains("London talks");
		assertThat(run(filter(Duration.ofSeconds(60)), modifiedSince(CHANGED.plusSeconds(1)), null).getStatus())
			.isEqualTo(304);

		this.lastChange = new LastChange(secondChange, true);
		assertThat(run(filter(Duration.ofSeconds(60)), modifiedSince(CHANGED), null).getStatus()).isEqualTo(304);
	}

	/**
	 * Drafts written since the public view last changed are no part of an anonymous answer, which is
	 * dated by the public view; an answer to a token may show them, and is dated by the store.
	 */
	@Test
	void anAnonymousReadIsDatedByThePublicViewAndATokensByTheStore() throws Exception {
		this.storeLastChange = new LastChange(CHANGED.plusSeconds(60), true);
		MockHttpServletResponse anonymous = run(filter(Duration.ofSeconds(60)), modifiedSince(CHANGED), null);
		assertThat(anonymous.getStatus()).isEqualTo(304);
		assertThat(anonymous.getDateHeader(HttpHeaders.LAST_MODIFIED)).isEqualTo(CHANGED.toEpochMilli());

		MockHttpServletRequest withToken = modifiedSince(CHANGED);
		withToken.addHeader(HttpHeaders.AUTHORIZATION, "Bearer editor-token");
		MockHttpServletResponse editors = run(filter(Duration.ofSeconds(60)), withToken, null);
		assertThat(editors.getStatus()).isEqualTo(200);
		assertThat(editors.getDateHeader(HttpHeaders.LAST_MODIFIED)).isEqualTo(CHANGED.plusSeconds(60).toEpochMilli());
	}

	private static MockHttpServletRequest modifiedSince(Instant date) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/events");
		request.addHeader(HttpHeaders.IF_MODIFIED_SINCE, date.toEpochMilli());
		return request;
	}

}
