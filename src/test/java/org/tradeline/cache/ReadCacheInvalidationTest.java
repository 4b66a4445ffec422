package org.tradeline.cache;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.tradeline.store.StoreChange;
import org.tradeline.support.Editors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A write drops exactly the cached answers built from what it touched: an edited event's detail and
 * every list and count it appears in are recomputed, another event's detail is still served from
 * the cache.
 */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@AutoConfigureMockMvc
@Tag("database")
class ReadCacheInvalidationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	ViewCache views;

	@Autowired
	ReadCache cache;

	/** The answer and how many SQL statements it took (none when it came from the cache). */
	private record Read(MockHttpServletResponse response, long statements) {

		String body() throws Exception {
			return this.response.getContentAsString();
		}

	}

	private Read read(String uri) throws Exception {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		MockHttpServletResponse response = this.mvc.perform(get(uri)).andExpect(status().isOk()).andReturn().getResponse();
		return new Read(response, statistics.getPrepareStatementCount());
	}

	private Set<String> shown(String event) throws Exception {
		String detail = read("/api/v1/events/" + event).body();
		Set<String> shown = new HashSet<>();
		List<String> topics = JsonPath.read(detail, "$.topics[*].slug");
		List<String> actors = JsonPath.read(detail, "$.participants[*].actor");
		List<Object> sources = new ArrayList<>(JsonPath.read(detail, "$..source.id"));
		sources.addAll(JsonPath.read(detail, "$.participants[*].attestedBy[*].id"));
		sources.addAll(JsonPath.read(detail, "$.disputes[*].selfContradictingSources[*].id"));
		topics.forEach(topic -> shown.add("topic " + topic));
		actors.forEach(actor -> shown.add("actor " + actor));
		sources.forEach(source -> shown.add("source " + source));
		return shown;
	}

	private void edit(String uri, String etag, String patch) throws Exception {
		this.mvc
			.perform(patch(uri).with(Editors.bearer(Editors.BOOTSTRAP_ADMIN))
				.header(HttpHeaders.IF_MATCH, etag)
				.contentType("application/merge-patch+json")
				.content(patch))
			.andExpect(status().isOk());
	}

	@Test
	void anEditLeavesAnotherEventsDetailCachedAndRefreshesTheListAndCountsItIsIn() throws Exception {
		List<String> events = JsonPath.read(read("/api/v1/events?size=100").body(), "$.items[*].slug");
		// Two events with nothing in common that both details show (a topic, an actor, a source).
		String edited = null;
		String other = null;
		for (String candidate : events) {
			for (String event : events) {
				if (other == null && !event.equals(candidate) && Collections.disjoint(shown(candidate), shown(event))) {
					edited = candidate;
					other = event;
				}
			}
		}
		assertThat(other).as("two unrelated events").isNotNull();
		String editedUri = "/api/v1/events/" + edited;
		String otherUri = "/api/v1/events/" + other;
		String list = "/api/v1/events?size=100";

		Read before = read(editedUri);
		Read otherBefore = read(otherUri);
		read(list);
		assertThat(read(list).statements()).as(list + " cached before the write").isZero();
		assertThat(read(otherUri).statements()).as("other detail cached").isZero();
		String kind = JsonPath.read(before.body(), "$.kind");
		String newKind = kind.equals("statement") ? "call" : "statement";
		List<Integer> kindCountBefore = JsonPath.read(read("/api/v1/stats").body(),
				"$.eventsByKind[?(@.key == '" + newKind + "')].count");

		edit(editedUri, before.response().getHeader(HttpHeaders.ETAG),
				"{\"title\":\"Retitled by the invalidation test\",\"kind\":\"" + newKind + "\"}");

		Read otherAfter = read(otherUri);
		assertThat(otherAfter.statements()).as("another event's detail is still served from the cache").isZero();
		assertThat(otherAfter.body()).isEqualTo(otherBefore.body());
		Read editedAfter = read(editedUri);
		assertThat(editedAfter.statements()).isPositive();
		assertThat((String) JsonPath.read(editedAfter.body(), "$.title")).isEqualTo("Retitled by the invalidation test");
		Read listAfter = read(list);
		assertThat(listAfter.statements()).as("the events list recomputed").isPositive();
		assertThat(listAfter.body()).contains("Retitled by the invalidation test");
		// Stats read counts kept by the write path (plain JDBC, which these statistics do not see).
		Read stats = read("/api/v1/stats");
		List<Integer> kindCount = JsonPath.read(stats.body(), "$.eventsByKind[?(@.key == '" + newKind + "')].count");
		assertThat(kindCount).as("the count of the new kind includes the edited event")
			.isEqualTo(List.of(kindCountBefore.isEmpty() ? 1 : kindCountBefore.get(0) + 1));
	}

	@Test
	void editsToOneEventAndItsClaimsLeaveAnEventCitingTheSameSourceAndActorCached() throws Exception {
		List<String> events = JsonPath.read(read("/api/v1/events?size=100").body(), "$.items[*].slug");
		String edited = null;
		String other = null;
		for (String candidate : events) {
			Set<String> candidateShows = shown(candidate);
			for (String event : events) {
				Set<String> shared = new HashSet<>(shown(event));
				shared.retainAll(candidateShows);
				boolean sharesSource = shared.stream().anyMatch(s -> s.startsWith("source "));
				boolean sharesActor = shared.stream().anyMatch(s -> s.startsWith("actor "));
				if (other == null && !event.equals(candidate) && sharesSource && sharesActor) {
					edited = candidate;
					other = event;
				}
			}
		}
		assertThat(other).as("two events citing a common source and showing a common actor").isNotNull();
		String editedUri = "/api/v1/events/" + edited;
		String otherUri = "/api/v1/events/" + other;
		Read before = read(editedUri);
		Read otherBefore = read(otherUri);
		assertThat(read(otherUri).statements()).as("other detail cached").isZero();

		edit(editedUri, before.response().getHeader(HttpHeaders.ETAG), "{\"summary\":\"Summarised again by the test.\"}");
		int claim = JsonPath.read(before.body(), "$.claims[0].id");
		String claimUri = "/api/v1/claims/" + claim;
		String claimEtag = read(claimUri).response().getHeader(HttpHeaders.ETAG);
		edit(claimUri, claimEtag, "{\"valueLabel\":\"Relabelled by the test\"}");

		Read otherAfter = read(otherUri);
		assertThat(otherAfter.statements()).as("an event sharing a source and an actor is still served from the cache")
			.isZero();
		assertThat(otherAfter.body()).isEqualTo(otherBefore.body());
		Read editedAfter = read(editedUri);
		assertThat(editedAfter.statements()).isPositive();
		assertThat(editedAfter.body()).contains("Summarised again by the test.", "Relabelled by the test");
	}

	@Test
	void anEditOfADisputedEventRefreshesTheDisputesList() throws Exception {
		List<String> disputed = JsonPath.read(read("/api/v1/disputes?size=100").body(),
				"$.items[?(@.subject.type == 'event')].subject.slug");
		assertThat(disputed).isNotEmpty();
		String uri = "/api/v1/events/" + disputed.get(disputed.size() - 1);
		assertThat(read("/api/v1/disputes?size=100").statements()).as("cached").isZero();
		edit(uri, read(uri).response().getHeader(HttpHeaders.ETAG), "{\"title\":\"A disputed event, retitled\"}");
		Read disputes = read("/api/v1/disputes?size=100");
		assertThat(disputes.statements()).isPositive();
		assertThat(disputes.body()).contains("A disputed event, retitled");
	}

	@Test
	void aSummaryEditOrAClaimEditRefreshesThePagesShowingTheEventAndLeavesOtherPagesCached()
			throws Exception {
		String showing = "/api/v1/events?size=3&page=1";
		String notShowing = "/api/v1/events?size=3&page=0";
		String search = "/api/v1/events?q=quetzalcoatl";
		List<String> shownSlugs = JsonPath.read(read(showing).body(), "$.items[*].slug");
		String uri = "/api/v1/events/" + shownSlugs.get(1);
		Read before = read(uri);
		for (String list : List.of(showing, notShowing, search)) {
			read(list);
			assertThat(read(list).statements()).as(list + " cached before the write").isZero();
		}
		assertThat(read(search).body()).doesNotContain(shownSlugs.get(1));

		edit(uri, before.response().getHeader(HttpHeaders.ETAG), "{\"summary\":\"Quetzalcoatl was not there.\"}");

		Read page = read(showing);
		assertThat(page.statements()).as("the page showing the event recomputed").isPositive();
		assertThat(page.body()).contains("Quetzalcoatl was not there.");
		Read found = read(search);
		assertThat(found.statements()).as("a text search recomputed").isPositive();
		assertThat((List<String>) JsonPath.read(found.body(), "$.items[*].slug")).containsExactly(shownSlugs.get(1));
		assertThat(read(notShowing).statements()).as("a page not showing the event is still cached").isZero();

		int claim = JsonPath.read(read(uri).body(), "$.claims[0].id");
		String claimUri = "/api/v1/claims/" + claim;
		edit(claimUri, read(claimUri).response().getHeader(HttpHeaders.ETAG), "{\"valueLabel\":\"Relabelled again\"}");
		assertThat(read(showing).statements()).as("its claims changed: the page showing it recomputed").isPositive();
		assertThat(read(notShowing).statements()).as("the page not showing it is still cached").isZero();
	}

	@Test
	void aNewEventRefreshesTheListsItCouldBeInAndLeavesListsFilteredByAnotherTopicCached() throws Exception {
		String all = "/api/v1/events?size=100";
		String sameTopic = "/api/v1/events?topic=tariffs&size=100";
		String otherTopic = "/api/v1/events?topic=rare-earths&size=100";
		String otherTopicInRange = "/api/v1/exports/timeline.json?topic=rare-earths&from=2025-01-01&to=2025-12-31";
		for (String list : List.of(all, sameTopic, otherTopic, otherTopicInRange)) {
			read(list);
			assertThat(read(list).statements()).as(list + " cached before the write").isZero();
		}
		assertThat(read(otherTopic).body()).as("a topic with events").contains("\"slug\"");

		create("""
				{"slug": "tariff-only-event", "title": "A tariff-only event", "summary": "New.",
				 "kind": "statement", "date": {"start": "2025-05-02", "precision": "day"}, "topics": ["tariffs"]}""");

		for (String list : List.of(all, sameTopic)) {
			Read after = read(list);
			assertThat(after.statements()).as(list + " recomputed").isPositive();
			assertThat(after.body()).contains("tariff-only-event");
		}
		assertThat(read(otherTopic).statements()).as("a list of another topic is still cached").isZero();
		assertThat(read(otherTopicInRange).statements()).as("an export of another topic is still cached").isZero();
	}


	@Test
	void aTextSearchIsRefreshedByTheEventsItCouldFindAndLeftCachedByOthers() throws Exception {
		String search = "/api/v1/events?q=Zanzibar";
		String shortSearch = "/api/v1/events?q=zz";
		for (String list : List.of(search, shortSearch)) {
			read(list);
			assertThat(read(list).statements()).as(list + " cached before the writes").isZero();
		}

		create("""
				{"slug": "quiet-event", "title": "A quiet event", "summary": "Nothing to find here.",
				 "kind": "statement", "date": {"start": "2025-05-02", "precision": "day"}}""");
		assertThat(read(search).statements()).as("a new event without the text: the search still cached").isZero();
		assertThat(read(shortSearch).statements()).as("a search of two characters hears of every new event")
			.isPositive();

		String uri = "/api/v1/events/quiet-event";
		edit(uri, read(uri).response().getHeader(HttpHeaders.ETAG), "{\"summary\": \"Then on to ZANZIBAR.\"}");
		Read found = read(search);
		assertThat(found.statements()).as("an event now holding the text: the search recomputed").isPositive();
		assertThat((List<String>) JsonPath.read(found.body(), "$.items[*].slug")).containsExactly("quiet-event");

		read(shortSearch);
		edit(uri, read(uri).response().getHeader(HttpHeaders.ETAG), "{\"summary\": \"Nothing to find here.\"}");
		Read lost = read(search);
		assertThat(lost.statements()).as("an event no longer holding the text: the search recomputed").isPositive();
		assertThat((List<String>) JsonPath.read(lost.body(), "$.items[*].slug")).isEmpty();

		edit(uri, read(uri).response().getHeader(HttpHeaders.ETAG), "{\"summary\": \"Still nothing to find.\"}");
		assertThat(read(search).statements()).as("a summary edit without the text: the search still cached").isZero();
		assertThat(read(shortSearch).statements()).as("a search of two characters hears of every summary edit")
			.isPositive();
	}

	@Test
	void anExportAWriteDroppedRebuildsOnlyTheEntriesOfTheEventsTheWriteChanged() throws Exception {
		String export = "/api/v1/exports/timeline.json";
		read(export);
		int events = JsonPath.read(read(export).body(), "$.events.length()");

		String london = "/api/v1/events/london-talks";
		edit(london, read(london).response().getHeader(HttpHeaders.ETAG), "{\"title\": \"London talks, rebuilt\"}");
		long built = this.views.misses();
		long reused = this.views.hits();
		Read retitled = read(export);
		assertThat(retitled.statements()).as("the answer was dropped").isPositive();
		assertThat(retitled.body()).contains("London talks, rebuilt");
		assertThat(this.views.misses() - built).as("entries built again after a retitle").isEqualTo(1);
		assertThat(this.views.hits() - reused).as("entries reused after a retitle").isEqualTo(events - 1);

		String geneva = read("/api/v1/events/geneva-talks").body();
		String claim = "/api/v1/claims/" + JsonPath.read(geneva, "$.claims[0].id");
		edit(claim, read(claim).response().getHeader(HttpHeaders.ETAG), "{\"valueLabel\": \"Relabelled for the export\"}");
		built = this.views.misses();
		// Another export of the same events, built from the same entries; this one shows every claim.
		assertThat(read("/api/v1/exports/claims.csv").body()).contains("Relabelled for the export");
		assertThat(this.views.misses() - built).as("entries built again after a claim edit").isEqualTo(1);

		// The entries kept are what a build from the store gives now.
		String fromViews = read(export).body();
		StoreChange everything = new StoreChange(0, Set.of(StoreChange.EVERYTHING));
		this.views.changed(everything);
		this.cache.changed(everything);
		assertThat(read(export).body()).isEqualTo(fromViews);
	}

	private void create(String event) throws Exception {
		this.mvc
			.perform(post("/api/v1/events").with(Editors.bearer(Editors.BOOTSTRAP_ADMIN))
				.contentType("application/json")
				.content(event))
			.andExpect(status().isCreated());
	}

}
