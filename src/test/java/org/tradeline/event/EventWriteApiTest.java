package org.tradeline.event;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.tradeline.support.Api;
import org.tradeline.support.ApiTest;
import org.tradeline.support.Editors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tradeline.support.Api.read;

/** Each test writes to an event of its own, so tests do not depend on each other's order. */
@ApiTest
@TestPropertySource(properties = "tradeline.test.context=writes")
class EventWriteApiTest {

	private static final AtomicInteger counter = new AtomicInteger();

	static final String NEW_EVENT = """
			{"slug": "%s", "title": "Follow-up call", "summary": "Negotiators spoke again.", "kind": "call",
			 "date": {"start": "2025-06-11", "precision": "mid-month"}, "location": null,
			 "topics": ["rare-earths"], "participants": [{"actor": "he-lifeng", "role": "Vice Premier", "side": "china"}]}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	Api api;

	@BeforeEach
	void editor() throws Exception {
		this.api = new Api(this.mvc, Editors.editor(this.mvc, "editor-" + System.nanoTime()));
	}

	@Test
	void bodiesOfTheWrongTypeAreRefusedInTheContractsTermsNotJavas() throws Exception {
		String valid = NEW_EVENT.formatted("typed-" + counter.incrementAndGet());
		Map<String, List<String>> cases = Map.of(
				valid.replace("\"kind\": \"call\"", "\"kind\": \"party\""),
				List.of("kind", "kind must be one of ", "talks"),
				valid.replace("\"side\": \"china\"", "\"side\": \"mars\""),
				List.of("participants[0].side", "participants[0].side must be one of ", "china"),
				valid.replace("\"Follow-up call\"", "\"Follow-up\\u0000call\""),
				List.of("title", "title contains a character that is not allowed: a control character"),
				valid.replace("[\"rare-earths\"]", "[null]"), List.of("topics[0]", ""));
		for (Map.Entry<String, List<String>> c : cases.entrySet()) {
			MockHttpServletResponse refused = this.api.post("/api/v1/events", c.getKey());
			assertThat(refused.getStatus()).as(refused.getContentAsString()).isEqualTo(400);
			assertThat((String) read(refused, "$.errors[0].field")).isEqualTo(c.getValue().get(0));
			String message = read(refused, "$.errors[0].message");
			assertThat(message).startsWith(c.getValue().get(1)).doesNotContainPattern("[A-Z][a-z]+[A-Z]|String|Long");
			c.getValue().stream().skip(2).forEach(expected -> assertThat(message).contains(expected));
		}
		MockHttpServletResponse fractional = this.api.post("/api/v1/claims",
				claim(1, "london-talks", "Geneva").replace("\"source\": 1", "\"source\": 1.5"));
		assertThat(fractional.getStatus()).isEqualTo(400);
		assertThat((String) read(fractional, "$.errors[0].message")).isEqualTo("source must be a whole number");
	}

	@Test
	void aWriteThatChangesNothingLeavesNoTrace() throws Exception {
		String uri = "/api/v1/events/" + freshEvent();
		assertThat(this.api.patch(uri, this.api.etag(uri), "{\"topics\": [\"rare-earths\", \"tariffs\"]}").getStatus())
			.isEqualTo(200);
		String etag = this.api.etag(uri);
		int revisions = read(this.api.get(uri + "/revisions"), "$.totalItems");
		long store = storeRevision();

		MockHttpServletResponse patched = this.api.patch(uri, etag, "{}");
		assertThat(patched.getStatus()).as(patched.getContentAsString()).isEqualTo(200);
		assertThat(patched.getHeader("ETag")).isEqualTo(etag);
		// Each writes the event as it is: the same title, a state left as it is, text the event keeps
		// without its surrounding white space, an empty location the event keeps as none, its topics in
		// another order.
		for (String patch : List.of("{\"title\": \"Follow-up call\"}", "{\"state\": null}",
				"{\"title\": \" Follow-up call \", \"location\": \"\"}", "{\"topics\": [\"tariffs\", \"rare-earths\"]}",
				"{\"participants\": [{\"actor\": "
						+ "\"he-lifeng\", \"role\": \"Vice Premier \", \"side\": \"china\"}]}")) {
			MockHttpServletResponse same = this.api.patch(uri, etag, patch);
			assertThat(same.getStatus()).as(patch + ": " + same.getContentAsString()).isEqualTo(200);
			assertThat(same.getHeader("ETag")).as(patch).isEqualTo(etag);
		}
		String claimUri = "/api/v1/claims/" + read(this.api.get(uri), "$.claims[0].id");
		String claimEtag = this.api.etag(claimUri);
		for (String patch : List.of("{\"state\": null}", "{\"excerpt\": \"the talks in Geneva \"}")) {
			MockHttpServletResponse same = this.api.patch(claimUri, claimEtag, patch);
			assertThat(same.getStatus()).as(patch + ": " + same.getContentAsString()).isEqualTo(200);
			assertThat(same.getHeader("ETag")).as(patch).isEqualTo(claimEtag);
		}

		assertThat((Integer) read(this.api.get(uri + "/revisions"), "$.totalItems")).isEqualTo(revisions);
		assertThat(storeRevision()).as("no store change, so no cache is dropped").isEqualTo(store);
	}

	@Test
	void aSourceWrittenAsItIsKeepsItsHistory() throws Exception {
		MockHttpServletResponse created = this.api.post("/api/v1/sources", """
				{"fileName": "unchanged-%d.txt", "title": "Unchanged", "summary": "A source written again as it is.",
				 "sha256": "%s", "publishedOn": "2025-06-05"}""".formatted(counter.incrementAndGet(),
				"ab".repeat(32)));
		assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
		String uri = created.getHeader("Location");
		String etag = this.api.etag(uri);
		int revisions = read(this.api.get(uri + "/revisions"), "$.totalItems");
		long store = storeRevision();
		// The state left out and no citations, as it was written; a day's precision, as a date alone says.
		for (String patch : List.of("{\"state\": null}", "{\"citations\": null}", "{\"publishedPrecision\": \"day\"}")) {
			MockHttpServletResponse same = this.api.patch(uri, etag, patch);
			assertThat(same.getStatus()).as(patch + ": " + same.getContentAsString()).isEqualTo(200);
			assertThat(same.getHeader("ETag")).as(patch).isEqualTo(etag);
		}
		assertThat((Integer) read(this.api.get(uri + "/revisions"), "$.totalItems")).isEqualTo(revisions);
		assertThat(storeRevision()).isEqualTo(store);
	}

	@Test
	void participantsSentInAnotherOrderChangeNothing() throws Exception {
		String slug = "event-" + counter.incrementAndGet();
		String event = """
				{"slug": "%s", "title": "Two sides", "summary": "Both negotiators spoke.", "kind": "call",
				 "date": {"start": "2025-06-11", "precision": "day"}, "location": null, "topics": [],
				 "participants": %s}""";
		String china = "{\"actor\": \"he-lifeng\", \"role\": \"Vice Premier\", \"side\": \"china\"}";
		String us = "{\"actor\": \"scott-bessent\", \"role\": \"Treasury Secretary\", \"side\": \"us\"}";
		assertThat(this.api.post("/api/v1/events", event.formatted(slug, "[" + china + ", " + us + "]")).getStatus())
			.isEqualTo(201);
		String uri = "/api/v1/events/" + slug;
		String etag = this.api.etag(uri);
		String updatedAt = read(this.api.get(uri), "$.updatedAt");
		int revisions = read(this.api.get(uri + "/revisions"), "$.totalItems");
		long store = storeRevision();

		String reversed = "[" + us + ", " + china + "]";
		MockHttpServletResponse put = this.api.put(uri, etag, event.formatted(slug, reversed));
		assertThat(put.getStatus()).as(put.getContentAsString()).isEqualTo(200);
		assertThat(put.getHeader("ETag")).isEqualTo(etag);
		MockHttpServletResponse patched = this.api.patch(uri, etag, "{\"participants\": " + reversed + "}");
		assertThat(patched.getStatus()).as(patched.getContentAsString()).isEqualTo(200);
		assertThat(patched.getHeader("ETag")).isEqualTo(etag);
		assertThat((Integer) read(this.api.get(uri + "/revisions"), "$.totalItems")).isEqualTo(revisions);
		assertThat((String) read(this.api.get(uri), "$.updatedAt")).isEqualTo(updatedAt);
		assertThat(storeRevision()).isEqualTo(store);

		// A real change sent in another order is one, and the event keeps its participants' order.
		MockHttpServletResponse changed = this.api.patch(uri, etag,
				"{\"participants\": " + reversed.replace("Treasury Secretary", "Secretary") + "}");
		assertThat(changed.getStatus()).as(changed.getContentAsString()).isEqualTo(200);
		assertThat(changed.getHeader("ETag")).isNotEqualTo(etag);
		assertThat((List<String>) read(changed, "$.participants[*].actor")).containsExactly("he-lifeng",
				"scott-bessent");
		MockHttpServletResponse revision = this.api.get(uri + "/revisions/" + (revisions + 1));
		assertThat((List<String>) read(revision, "$.changed")).containsExactly("participants");
	}

	/** A new event with one location claim from source 1. */
	private String freshEvent() throws Exception {
		String slug = "event-" + counter.incrementAndGet();
		assertThat(this.api.post("/api/v1/events", NEW_EVENT.formatted(slug)).getStatus()).isEqualTo(201);
		assertThat(this.api.post("/api/v1/claims", claim(1, slug, "Geneva")).getStatus()).isEqualTo(201);
		return slug;
	}

	static String claim(int source, String event, String location) {
		return """
				{"source": %d, "subject": {"type": "event", "slug": "%s"}, "attribute": "location",
				 "value": "%s", "valueLabel": "%s", "excerpt": "the talks in %s"}""".formatted(source, event, location,
				location, location);
	}

	private long storeRevision() {
		return this.jdbc.queryForObject("select revision from store_change", Long.class);
	}

	/**
	 * A merge patch reads the event once and builds the representation its If-Match is checked
	 * against from it, writes the row once (that versioned update is its lock), and keeps the claims
	 * it read, which a change to the event's fields leaves as they were: 13 statements with the
	 * token's lookup (19 when each step read for itself). Hibernate's statements only; the store
	 * change is counted apart.
	 */
	@Test
	void anEditReadsTheEventOnceAndWritesItsRowOnce() throws Exception {
		String uri = "/api/v1/events/" + freshEvent();
		String etag = this.api.etag(uri);
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		statistics.setStatisticsEnabled(true);
		try {
			assertThat(this.api.patch(uri, etag, "{\"summary\": \"Edited once.\"}").getStatus()).isEqualTo(200);
			assertThat(statistics.getEntityStatistics(Event.class.getName()).getLoadCount()).isEqualTo(1);
			assertThat(statistics.getEntityStatistics(Event.class.getName()).getUpdateCount()).isEqualTo(1);
			assertThat(statistics.getPrepareStatementCount()).isLessThanOrEqualTo(13);
		}
		finally {
			statistics.setStatisticsEnabled(false);
		}
	}

	@Test
	void createsAnEventWithTopicsAndParticipantsAndRecordsRevisionOne() throws Exception {
		long revision = storeRevision();
		MockHttpServletResponse created = this.api.post("/api/v1/events", NEW_EVENT.formatted("follow-up-call"));
		assertThat(created.getStatus()).isEqualTo(201);
		assertThat(created.getHeader("Location")).isEqualTo("/api/v1/events/follow-up-call");
		assertThat(created.getHeader("ETag")).startsWith("\"");
		assertThat(storeRevision()).isEqualTo(revision + 1);

		MockHttpServletResponse read = this.api.anonymousGet("/api/v1/events/follow-up-call");
		assertThat(read.getStatus()).isEqualTo(200);
		assertThat(read.getHeader("ETag")).isEqualTo(created.getHeader("ETag"));
		assertThat((String) read(read, "$.date.label")).isEqualTo("mid-June 2025");
		assertThat((List<String>) read(read, "$.topics[*].slug")).containsExactly("rare-earths");
		assertThat((List<String>) read(read, "$.participants[*].actor")).containsExactly("he-lifeng");

		MockHttpServletResponse revisions = this.api.get("/api/v1/events/follow-up-call/revisions");
		assertThat(revisions.getStatus()).isEqualTo(200);
		assertThat((Integer) read(revisions, "$.totalItems")).isEqualTo(1);
		assertThat((String) read(revisions, "$.items[0].action")).isEqualTo("created");
		assertThat((String) read(revisions, "$.items[0].author")).startsWith("editor-");
	}

	@Test
	void updatesNeedTheCurrentEtag() throws Exception {
		String uri = "/api/v1/events/" + freshEvent();
		String etag = this.api.etag(uri);
		String body = this.api.get(uri).getContentAsString();
		String title = "{\"title\": \"Geneva round\"}";

		assertThat(this.api.patch(uri, null, title).getStatus()).isEqualTo(428);
		assertThat(this.api.patch(uri, "\"stale\"", title).getStatus()).isEqualTo(412);
		assertThat(this.api.patch(uri, "W/" + etag, title).getStatus()).as("weak tags never match").isEqualTo(412);
		// RFC 9110 13.1.1: "*" is the whole field or not valid: listed with tags, even the current one, it is
		// malformed, as "garbage" is: the client's syntax error (400), not a changed resource (412).
		for (String malformed : new String[] { "*, " + etag, etag + ", *", "garbage" }) {
			assertThat(this.api.patch(uri, malformed, title).getStatus()).as(malformed).isEqualTo(400);
		}
		assertThat(this.api.get(uri).getContentAsString()).isEqualTo(body);

		MockHttpServletResponse patched = this.api.patch(uri, etag, title);
		assertThat(patched.getStatus()).isEqualTo(200);
		assertThat((String) read(patched, "$.title")).isEqualTo("Geneva round");
		assertThat(patched.getHeader("ETag")).isNotEqualTo(etag).isEqualTo(this.api.etag(uri));
		assertThat(this.api.patch(uri, etag, "{\"title\": \"Again\"}").getStatus()).as("old tag now stale").isEqualTo(412);
	}

	@Test
	void etagChangesWithTheBodyOnly() throws Exception {
		String one = "/api/v1/events/" + freshEvent();
		String other = "/api/v1/events/" + freshEvent();
		String oneTag = this.api.etag(one);
		String otherTag = this.api.etag(other);
		assertThat(this.api.etag(one)).isEqualTo(oneTag);
		// A claim about one event changes that event's detail, not the other's.
		String slug = one.substring(one.lastIndexOf('/') + 1);
		assertThat(this.api.post("/api/v1/claims", claim(2, slug, "Zurich")).getStatus()).isEqualTo(201);
		assertThat(this.api.etag(one)).isNotEqualTo(oneTag);
		assertThat(this.api.etag(other)).isEqualTo(otherTag);
	}

	@Test
	void aNewClaimAloneMovesItsEventToTheTopOfTheChangesFeed() throws Exception {
		String slug = freshEvent();
		String other = freshEvent();
		assertThat(feedPosition(other)).as("the newest event leads").isLessThan(feedPosition(slug));
		assertThat(this.api.post("/api/v1/claims", claim(2, slug, "Zurich")).getStatus()).isEqualTo(201);
		assertThat(feedPosition(slug)).as("after a claim about it").isLessThan(feedPosition(other));
	}

	private int feedPosition(String slug) throws Exception {
		String feed = this.api.anonymousGet("/api/v1/exports/changes.atom").getContentAsString();
		int position = feed.indexOf("urn:tradeline:event:" + slug + "<");
		assertThat(position).as("%s in the feed", slug).isNotNegative();
		return position;
	}

	@Test
	void validationNamesEveryViolation() throws Exception {
		MockHttpServletResponse response = this.api.post("/api/v1/events", """
				{"slug": "Bad Slug", "title": "", "summary": "s", "kind": "call",
				 "date": {"start": "2025-06-12", "end": "2025-06-01", "precision": "mid-month"},
				 "topics": ["no-such-topic"], "participants": [{"actor": "nobody", "role": "r", "side": "us"}]}""");
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentType()).isEqualTo("application/problem+json");
		assertThat((List<String>) read(response, "$.errors[*].field")).contains("slug", "title", "date.start",
				"date.end", "topics[0]", "participants[0].actor");
	}

	// Every read of an event builds its partial dates: a start or end off its precision is refused.
	@Test
	void refusesDatesOffTheirPrecision() throws Exception {
		MockHttpServletResponse response = this.api.post("/api/v1/events", """
				{"slug": "%s", "title": "Call", "summary": "s", "kind": "call",
				 "date": {"start": "2025-06-05", "end": "2025-07-02", "precision": "month"}}"""
			.formatted("off-precision-" + counter.incrementAndGet()));
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat((List<String>) read(response, "$.errors[*].message")).containsExactly(
				"date.start must be the first day of its precision: month dates start on day 1",
				"date.end must be the first day of its precision: month dates start on day 1");
	}

	@Test
	void aNumberClaimIsAPlainDecimalComparedByValue() throws Exception {
		assertThat(this.api.post("/api/v1/figures", """
				{"slug": "decimal-check", "label": "Decimal check", "amount": 90.5, "unit": "tonnes"}""").getStatus())
			.isEqualTo(201);
		String amount = """
				{"source": %d, "subject": {"type": "figure", "slug": "decimal-check"}, "attribute": "amount",
				 "value": "%s", "valueLabel": "about 90", "excerpt": "about 90 tonnes"}""";
		for (String refused : List.of("9.05e1", "1e999999999", "+90.5", "90,5")) {
			MockHttpServletResponse response = this.api.post("/api/v1/claims", amount.formatted(1, refused));
			assertThat(response.getStatus()).as(refused).isEqualTo(400);
			assertThat((List<String>) read(response, "$.errors[*].field")).as(refused).containsExactly("value");
		}
		assertThat(this.api.post("/api/v1/claims", amount.formatted(1, "90.5")).getStatus()).isEqualTo(201);
		assertThat(this.api.post("/api/v1/claims", amount.formatted(2, "90.50")).getStatus()).isEqualTo(201);
		assertThat((Boolean) read(this.api.anonymousGet("/api/v1/figures/decimal-check"), "$.disputed")).isFalse();
		assertThat(this.api.post("/api/v1/claims", amount.formatted(3, "-90.5")).getStatus()).isEqualTo(201);
		assertThat((Boolean) read(this.api.anonymousGet("/api/v1/figures/decimal-check"), "$.disputed")).isTrue();
	}

	@Test
	void slugsAreUnique() throws Exception {
		assertThat(this.api.post("/api/v1/events", NEW_EVENT.formatted("geneva-talks")).getStatus()).isEqualTo(409);
	}

	@Test
	void softDeleteHidesEverywhereAndRestoreBringsBack() throws Exception {
		String slug = freshEvent();
		assertThat(this.api.post("/api/v1/claims", claim(2, slug, "Zurich")).getStatus()).isEqualTo(201);
		String uri = "/api/v1/events/" + slug;
		long disputesBefore = ((Integer) read(this.api.anonymousGet("/api/v1/disputes?size=100"), "$.totalItems"));
		int eventsBefore = read(this.api.anonymousGet("/api/v1/events?size=100"), "$.totalItems");
		int sourceClaimsBefore = ((List<?>) read(this.api.anonymousGet("/api/v1/sources/1"), "$.claims")).size();

		assertThat(this.api.delete(uri, null).getStatus()).isEqualTo(428);
		assertThat(this.api.delete(uri, this.api.etag(uri)).getStatus()).isEqualTo(204);

		assertThat(this.api.anonymousGet(uri).getStatus()).isEqualTo(404);
		assertThat((Integer) read(this.api.anonymousGet("/api/v1/events?size=100"), "$.totalItems"))
			.isEqualTo(eventsBefore - 1);
		assertThat((List<String>) read(this.api.anonymousGet("/api/v1/events?size=100"), "$.items[*].slug"))
			.doesNotContain(slug);
		assertThat((List<String>) read(this.api.anonymousGet("/api/v1/actors/he-lifeng"), "$.events[*].slug"))
			.doesNotContain(slug);
		assertThat(((List<?>) read(this.api.anonymousGet("/api/v1/sources/1"), "$.claims")).size())
			.isLessThan(sourceClaimsBefore);
		assertThat((List<String>) read(this.api.anonymousGet("/api/v1/disputes?size=100"), "$.items[*].subject.slug"))
			.doesNotContain(slug);
		assertThat((Integer) read(this.api.anonymousGet("/api/v1/disputes?size=100"), "$.totalItems"))
			.isEqualTo((int) disputesBefore - 1);
		// Editors still read the history of a deleted event; the public does not.
		assertThat((String) read(this.api.get(uri + "/revisions"), "$.items[3].action")).isEqualTo("deleted");
		assertThat(this.api.anonymousGet(uri + "/revisions").getStatus()).isEqualTo(401);

		MockHttpServletResponse restored = this.api.send(
				org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(uri + "/restore"));
		assertThat(restored.getStatus()).isEqualTo(200);
		assertThat(this.api.anonymousGet(uri).getStatus()).isEqualTo(200);
		assertThat((Integer) read(this.api.anonymousGet("/api/v1/events?size=100"), "$.totalItems"))
			.isEqualTo(eventsBefore);
		assertThat(((List<?>) read(this.api.anonymousGet("/api/v1/sources/1"), "$.claims")).size())
			.isEqualTo(sourceClaimsBefore);
		assertThat((long) (Integer) read(this.api.anonymousGet("/api/v1/disputes?size=100"), "$.totalItems"))
			.isEqualTo(disputesBefore);
		assertThat((List<String>) read(this.api.get(uri + "/revisions"), "$.items[*].action"))
			.containsExactly("created", "claim-added", "claim-added", "deleted", "restored");
	}

	@Test
	void contradictingClaimOpensADisputeAndCorrectingItClosesIt() throws Exception {
		String slug = freshEvent();
		assertThat((List<?>) read(this.api.anonymousGet("/api/v1/events/" + slug), "$.disputes")).isEmpty();
		MockHttpServletResponse claim = this.api.post("/api/v1/claims", claim(2, slug, "Zurich"));
		assertThat(claim.getStatus()).isEqualTo(201);
		int id = read(claim, "$.id");
		assertThat((List<String>) read(this.api.anonymousGet("/api/v1/disputes?subjectType=event&size=100"),
				"$.items[*].id")).contains("event:" + slug + ":location");
		assertThat((List<String>) read(this.api.anonymousGet("/api/v1/events?disputed=true&size=100"),
				"$.items[*].slug")).contains(slug);

		String uri = "/api/v1/claims/" + id;
		MockHttpServletResponse fixed = this.api.patch(uri, this.api.etag(uri), "{\"value\": \"Geneva\", \"valueLabel\": \"Geneva\"}");
		assertThat(fixed.getStatus()).isEqualTo(200);
		assertThat((String) read(fixed, "$.status")).isEqualTo("corroborated");
		assertThat((List<String>) read(this.api.anonymousGet("/api/v1/disputes?subjectType=event&size=100"),
				"$.items[*].id")).doesNotContain("event:" + slug + ":location");

		MockHttpServletResponse revisions = this.api.get("/api/v1/events/" + slug + "/revisions");
		assertThat((List<String>) read(revisions, "$.items[*].action")).containsExactly("created", "claim-added",
				"claim-added", "claim-updated");
		MockHttpServletResponse fourth = this.api.get("/api/v1/events/" + slug + "/revisions/4");
		assertThat((List<String>) read(fourth, "$.changed")).containsExactly("claims");
		assertThat((String) read(fourth, "$.before.claims[1].value")).isEqualTo("Zurich");
		assertThat((String) read(fourth, "$.after.claims[1].value")).isEqualTo("Geneva");
		assertThat(this.api.get("/api/v1/events/" + slug + "/revisions/5").getStatus()).isEqualTo(404);
	}

	@Test
	void putReplacesTheWholeEvent() throws Exception {
		String slug = freshEvent();
		String uri = "/api/v1/events/" + slug;
		MockHttpServletResponse put = this.api.put(uri, this.api.etag(uri), """
				{"slug": "%s", "title": "Renamed", "summary": "Other summary.", "kind": "talks",
				 "date": {"start": "2025-06-09", "end": "2025-06-10", "precision": "day"}, "location": "London",
				 "topics": [], "participants": [{"actor": "scott-bessent", "role": "Treasury Secretary", "side": "us"}]}"""
			.formatted(slug));
		assertThat(put.getStatus()).isEqualTo(200);
		assertThat((String) read(put, "$.title")).isEqualTo("Renamed");
		assertThat((String) read(put, "$.date.label")).isEqualTo("June 9–10, 2025");
		assertThat((List<String>) read(put, "$.participants[*].actor")).containsExactly("scott-bessent");
		assertThat((List<String>) read(put, "$.topics")).isEmpty();
		MockHttpServletResponse revision = this.api.get(uri + "/revisions/3");
		assertThat((String) read(revision, "$.action")).isEqualTo("updated");
		assertThat((List<String>) read(revision, "$.changed")).contains("title", "participants", "topics", "date")
			.doesNotContain("claims", "slug");
		assertThat((String) read(revision, "$.before.kind")).isEqualTo("call");
		assertThat((String) read(revision, "$.after.kind")).isEqualTo("talks");
	}

	@Test
	void theEtagAnsweredToAWriteIsTheOneTheNextReadGivesWhateverOrderTopicsWereSentIn() throws Exception {
		String slug = freshEvent();
		String uri = "/api/v1/events/" + slug;
		MockHttpServletResponse put = this.api.put(uri, this.api.etag(uri), """
				{"slug": "%s", "title": "Topics out of order", "summary": "Sent in reverse slug order.", "kind": "call",
				 "date": {"start": "2025-06-11", "precision": "day"}, "location": null,
				 "topics": ["trade-data", "tariffs", "rare-earths", "eda"], "participants": []}""".formatted(slug));
		assertThat(put.getStatus()).as(put.getContentAsString()).isEqualTo(200);
		assertThat((List<String>) read(put, "$.topics[*].slug")).containsExactly("eda", "rare-earths", "tariffs",
				"trade-data");
		// An editor who sends this tag back must not be told someone else changed the event.
		assertThat(this.api.etag(uri)).isEqualTo(put.getHeader("ETag"));
	}

}
