package org.tradeline.provenance;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.tradeline.provenance.dispute.DisputeDetector;
import org.tradeline.provenance.dispute.DisputeDetector.Assessment;
import org.tradeline.provenance.dispute.DisputeDetector.Fact;
import org.tradeline.store.Tallies;
import org.tradeline.store.TallyOwner;
import org.tradeline.support.Api;
import org.tradeline.support.ApiTest;
import org.tradeline.support.Editors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tradeline.support.OpenApiContract.conforms;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.tradeline.provenance.subject.Subject;
import org.tradeline.provenance.subject.SubjectType;

/**
 * The seed as V14 corrected it after the fact-check against the five documents, read through the
 * API of a store fresh from migration (nothing written before these reads). Each expectation is
 * worded from the documents: what they say, which document says it, and what no document says.
 */
@ApiTest
@TestPropertySource(properties = "tradeline.test.context=seed-corrections")
class SeedCorrectionsTest {

	private static final String DOC_000 = "000_d0ee0f4fab4b2662.txt";

	private static final String DOC_001 = "001_b6b1e0ca712ab53b.txt";

	private static final String DOC_002 = "002_c4793645ec5b4779.txt";

	private static final String DOC_003 = "003_e6f85452d9e23108.txt";

	private static final String DOC_004 = "004_6307ee0113ec1de7.txt";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Tallies tallies;

	@Autowired
	ObjectProvider<TallyOwner> owners;

	private Api api;

	@BeforeEach
	void editor() throws Exception {
		if (this.api == null) {
			this.api = new Api(this.mvc, Editors.editor(this.mvc, "fact-checker-" + System.nanoTime()));
		}
	}

	@Test
	void sourceSummaryNoLongerSaysEveryOtherSourceGivesTheRolesToTrumpsCabinet() throws Exception {
		long id = sourceId(DOC_000);
		String summary = body("/api/v1/sources/" + id, "$.summary");
		assertThat(summary).doesNotContain("every other source").doesNotContain("his cabinet");
		// 002 gives Treasury to "Becerra"; 003 names only Lutnick; 000's highlights name Trump.
		assertThat(summary).contains("Becerra", "003 names only Lutnick", "highlights name Trump", "Joe Biden");
		// 002 does name Becerra as Treasury Secretary, and no 003 claim names a Treasury Secretary.
		assertThat(claimsOf(DOC_002, "us-treasury-secretary")).containsExactly("becerra");
		assertThat(claimsOf(DOC_003, "us-treasury-secretary")).isEmpty();

		MockHttpServletResponse revisions = this.api.get("/api/v1/sources/" + id + "/revisions");
		assertThat(revisions.getStatus()).isEqualTo(200);
		assertThat(Api.<Integer>read(revisions, "$.totalItems")).isEqualTo(1);
		assertThat(Api.<String>read(revisions, "$.items[0].author")).isEqualTo("seed-corrections");
		assertThat(Api.<String>read(revisions, "$.items[0].action")).isEqualTo("corrected");
		assertThat(Api.<List<String>>read(revisions, "$.items[0].changed")).containsExactly("summary");
		assertThat(Api.<String>read(revisions, "$.items[0].before.summary")).contains(
				"in roles that every other source, and its own highlights, give to Donald Trump and his cabinet");
		assertThat(Api.<String>read(revisions, "$.items[0].after.summary")).isEqualTo(summary);
		assertThat(Api.<String>read(revisions, "$.items[0].after.fileName")).isEqualTo(DOC_000);
		assertThat(Api.<Boolean>read(revisions, "$.items[0].after.deleted")).isFalse();
		this.mvc.perform(get("/api/v1/sources/" + id + "/revisions/1").with(Editors.bearer(Editors.BOOTSTRAP_ADMIN)))
			.andExpect(conforms());
		// The other sources' summaries were not corrected: no revision.
		assertThat(Api.<Integer>read(this.api.get("/api/v1/sources/" + sourceId(DOC_002) + "/revisions"),
				"$.totalItems")).isZero();
	}

	@Test
	void licenceApprovalsAreWordedAs003And004WordThem() throws Exception {
		String slug = "mofcom-approves-rare-earth-licences";
		String summary = summary(slug);
		assertThat(summary).doesNotContain("promised to keep processing").doesNotContain("electric vehicles");
		assertThat(summary).contains("will continue to strengthen the approval process", "new energy vehicles");
		assertThat(excerpts(slug, DOC_003)).anyMatch(e -> e.contains("will continue to strengthen the approval process"));
		assertThat(excerpts(slug, DOC_004)).anyMatch(e -> e.contains("robotics and new energy vehicles"));
		Map<String, Object> revision = correction(slug);
		assertThat((List<String>) revision.get("changed")).containsExactly("summary");
		assertThat(JsonPath.<String>read(revision, "$.before.summary")).contains("promised to keep processing applications");
		assertThat(JsonPath.<String>read(revision, "$.after.summary")).isEqualTo(summary);
	}

	@Test
	void lutnickSaidSomeOfTheRecentUsRestrictionsAndBriefedAsAPrincipal() throws Exception {
		String slug = "lutnick-framework-remarks";
		assertThat(summary(slug)).contains("some of the recent US export restrictions")
			.doesNotContain("rare-earth and US export restrictions lifted");
		assertThat(statements(slug, DOC_003)).anyMatch(e -> e.contains("some of the recent US export restrictions"));
		// 000 ("awaits presidential approval") and 003 ("need approval from both leaders") say the same.
		assertThat(statusesOf(slug, "statement", "the framework needs the approval of both presidents"))
			.containsExactlyInAnyOrderEntriesOf(Map.of(DOC_000, "corroborated", DOC_003, "corroborated"));
		assertThat(role(slug, "howard-lutnick")).isEqualTo("Briefed reporters");
		Map<String, Object> revision = correction(slug);
		assertThat((List<String>) revision.get("changed")).containsExactly("summary", "participants", "claims");
		assertThat(JsonPath.<List<String>>read(revision, "$.before.participants[*].role")).containsExactly("Spokesperson");
		assertThat(JsonPath.<List<String>>read(revision, "$.after.participants[*].role"))
			.containsExactly("Briefed reporters");
	}

	@Test
	void theCallSourceNamingBidenAlsoNamesTrumpAndSpeaksOfAConsensusNotACall() throws Exception {
		String slug = "xi-trump-call";
		String summary = summary(slug);
		assertThat(summary).doesNotContain("rather than Trump").contains("June 5 consensus", "Joe Biden", "never mentions a call");
		// 000 names both as the US party: Trump in its highlights, Biden in its body.
		assertThat(claimValues(slug, DOC_000, "us-leader")).containsExactlyInAnyOrder("donald-trump", "joe-biden");
		// 002 and 004 date the call "last week", before the London talks: early June, as 000 and 003 (June 5).
		assertThat(statusesOf(slug, "start-date", "2025-06-early"))
			.containsExactlyInAnyOrderEntriesOf(Map.of(DOC_002, "corroborated", DOC_004, "corroborated"));
		assertThat(excerpts(slug, DOC_002)).anyMatch(e -> e.contains("phone call last week"));
		assertThat(excerpts(slug, DOC_004)).anyMatch(e -> e.contains("phone conversation last week"));
		assertThat(label(slug, DOC_000, "start-date")).contains("names no call");
		Map<String, Object> revision = correction(slug);
		assertThat((List<String>) revision.get("changed")).containsExactly("summary", "claims");
		assertThat(JsonPath.<List<String>>read(revision, "$.before.claims[*].valueLabel"))
			.contains("June 5 (the June 5 consensus)");
		assertThat(JsonPath.<List<String>>read(revision, "$.after.claims[?(@.attribute == 'start-date')].value"))
			.containsExactlyInAnyOrder("2025-06-05", "2025-06-05", "2025-06-early", "2025-06-early");
	}

	@Test
	void everySummarySentenceFlaggedNowHasAClaimOrIsCut() throws Exception {
		// trump-says-deal-done: the Truth Social post is 003's.
		assertThat(statements("trump-says-deal-done", DOC_003)).anyMatch(e -> e.contains("supplied upfront by China"))
			.anyMatch(e -> e.contains("allowing Chinese students to attend colleges and universities"));
		assertThat(summary("trump-says-deal-done")).contains("supplied upfront by China", "Chinese students");
		// li-chenggang-briefs-on-framework: his words in 003, and he briefed as a principal.
		assertThat(statements("li-chenggang-briefs-on-framework", DOC_003))
			.anyMatch(e -> e.contains("in-depth, professional, rational and frank"))
			.anyMatch(e -> e.contains("beneficial to enhancing trust"));
		assertThat(summary("li-chenggang-briefs-on-framework")).contains("in-depth, professional, rational and frank")
			.doesNotContain("help build trust");
		assertThat(role("li-chenggang-briefs-on-framework", "li-chenggang")).isEqualTo("Briefed reporters");
		// hassett-expects-rare-earth-deal: what he expected (004) and that exports fell short (002).
		assertThat(statements("hassett-expects-rare-earth-deal", DOC_004))
			.anyMatch(e -> e.contains("release of rare earths in significant quantities"));
		assertThat(statements("hassett-expects-rare-earth-deal", DOC_002))
			.anyMatch(e -> e.contains("still falls short of the standards set in the Geneva agreement"));
		// london-framework-agreed: what the framework implements is Li Chenggang's (003); the sign-off
		// by both presidents is Lutnick's and is claimed on his remarks, so it is cut here.
		assertThat(excerpts("london-framework-agreed", DOC_003))
			.anyMatch(e -> e.contains("a framework to implement the consensus"));
		assertThat(summary("london-framework-agreed")).doesNotContain("sign-off");
		// china-rare-earth-export-controls: no document makes restoring supplies a demand of this event.
		assertThat(summary("china-rare-earth-export-controls")).doesNotContain("central US demand");
		for (String slug : List.of("trump-says-deal-done", "li-chenggang-briefs-on-framework",
				"hassett-expects-rare-earth-deal", "london-framework-agreed", "china-rare-earth-export-controls")) {
			Map<String, Object> revision = correction(slug);
			assertThat((List<String>) revision.get("changed")).as(slug).contains("summary");
			assertThat(JsonPath.<String>read(revision, "$.before.summary")).as(slug)
				.isNotEqualTo(JsonPath.<String>read(revision, "$.after.summary"));
		}
	}

	@Test
	void missedCorroborationsAreClaimed() throws Exception {
		// 002 and 004 report the same Hassett interview.
		assertThat(statusesOf("hassett-expects-rare-earth-deal", "occurrence", "occurred"))
			.containsExactlyInAnyOrderEntriesOf(Map.of(DOC_002, "corroborated", DOC_004, "corroborated"));
		assertThat(statusesOf("hassett-expects-rare-earth-deal", "statement",
				"expects the London talks to end in an agreement"))
			.containsExactlyInAnyOrderEntriesOf(Map.of(DOC_002, "corroborated", DOC_004, "corroborated"));
		// 004: "according to customs data"; 002: "China’s General Administration of Customs released data".
		assertThat(statusesOf("china-customs-may-data", "participant", "china-customs"))
			.containsExactlyInAnyOrderEntriesOf(Map.of(DOC_002, "corroborated", DOC_004, "corroborated"));
		// 000 places the framework in London, as 003 does.
		assertThat(statusesOf("london-framework-agreed", "location", "London"))
			.containsExactlyInAnyOrderEntriesOf(Map.of(DOC_000, "corroborated", DOC_003, "corroborated"));
	}

	@Test
	void datesOtherDocumentsPinAreLabelledSoAnd001IsNotCountedAsTheCustomsRelease() throws Exception {
		// 004 says only "on Monday"; June 9 comes from 002 ("Monday, June 9") and 003.
		assertThat(label("london-talks", DOC_004, "start-date")).contains("June 9 only by 002");
		// 001 says only "last month"; it is May only by when the others date the London talks.
		assertThat(label("geneva-truce-agreed", DOC_001, "start-date")).contains("May only if");
		// 001's "reports indicate a marked decline in Chinese exports" names no customs release.
		assertThat(excerpts("china-customs-may-data", DOC_001)).isEmpty();
		Map<String, Object> revision = correction("china-customs-may-data");
		assertThat(JsonPath.<List<String>>read(revision, "$.before.claims[*].excerpt"))
			.anyMatch(e -> e.contains("reports indicate a marked decline"));
		assertThat(JsonPath.<List<String>>read(revision, "$.after.claims[*].excerpt"))
			.noneMatch(e -> e.contains("reports indicate a marked decline"));
	}

	@Test
	void theGenevaTruceIsAnAgreementApartFromTheTalks() throws Exception {
		// London is talks + agreement; so is Geneva now: 003 "agreed in May in Geneva to a 90-day truce".
		assertThat(slugs("kind=agreement")).containsExactly("geneva-truce-agreed", "london-framework-agreed");
		assertThat(slugs("kind=talks")).containsExactly("geneva-talks", "london-talks");
		String truce = "/api/v1/events/geneva-truce-agreed";
		this.mvc.perform(get(truce)).andExpect(conforms());
		assertThat(body(truce, "$.location")).isEqualTo("Geneva");
		assertThat(JsonPath.<List<String>>read(this.api.anonymousGet(truce).getContentAsString(),
				"$.claims[?(@.attribute == 'location')].source.fileName"))
			.containsExactlyInAnyOrder(DOC_001, DOC_003, DOC_004);
		// "in May" (001, 003) and "mid-May" (002) can both be true: corroborated, no dispute.
		assertThat(JsonPath.<List<String>>read(this.api.anonymousGet(truce).getContentAsString(),
				"$.claims[?(@.attribute == 'start-date')].status")).hasSize(3).containsOnly("corroborated");
		assertThat(JsonPath.<List<Object>>read(this.api.anonymousGet(truce).getContentAsString(), "$.disputes"))
			.isEmpty();
		// The talks keep what is about the talks: 002's "talks in Geneva in May", 004's mid-May gathering.
		assertThat(JsonPath.<List<String>>read(this.api.anonymousGet("/api/v1/events/geneva-talks").getContentAsString(),
				"$.claims[*].excerpt")).noneMatch(e -> e.contains("truce"));
		MockHttpServletResponse created = this.api.get(truce + "/revisions");
		assertThat(Api.<Integer>read(created, "$.totalItems")).isEqualTo(1);
		assertThat(Api.<String>read(created, "$.items[0].action")).isEqualTo("created");
		assertThat(Api.<String>read(created, "$.items[0].author")).isEqualTo("seed-corrections");
		assertThat(Api.<Map<String, Object>>read(created, "$.items[0]").get("before")).as("before of a creation").isNull();
		assertThat(Api.<String>read(created, "$.items[0].after.kind")).isEqualTo("agreement");
		Map<String, Object> talks = correction("geneva-talks");
		assertThat((List<String>) talks.get("changed")).containsExactly("title", "summary", "claims");
	}

	@Test
	void disputesAreStillOnlyTheOnesTheDocumentsDisagreeOn() throws Exception {
		// The corrections add agreeing claims only: the disagreements stay 000's Yellen and Raimondo,
		// 002's Becerra, and 000's Biden.
		String body = this.api.anonymousGet("/api/v1/disputes?size=100").getContentAsString();
		assertThat(JsonPath.<List<String>>read(body, "$.items[*].id")).containsExactlyInAnyOrder(
				"event:london-talks:us-treasury-secretary", "event:london-talks:us-commerce-secretary",
				"event:xi-trump-call:us-leader");
	}

	@Test
	void everyCorrectedEventHasOneRevisionBySeedCorrections() {
		List<String> corrected = this.jdbc.sql("""
				select e.slug from event_revision r join event e on e.id = r.event_id
				where r.author = 'seed-corrections' order by e.slug""").query(String.class).list();
		assertThat(corrected).containsExactly("china-customs-may-data", "china-rare-earth-export-controls",
				"geneva-talks", "geneva-truce-agreed", "hassett-expects-rare-earth-deal", "li-chenggang-briefs-on-framework",
				"london-framework-agreed", "london-talks", "lutnick-framework-remarks",
				"mofcom-approves-rare-earth-licences", "trump-says-deal-done", "xi-trump-call");
		assertThat(this.jdbc.sql("select count(*) from event_revision where author <> 'seed-corrections'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void derivedDataAfterTheMigrationEqualsACountFromScratch() {
		assertThat(this.jdbc.sql("select count(*) from claim where deleted_at is null and status is null")
			.query(Long.class)
			.single()).isZero();
		List<Fact> live = this.jdbc.sql("""
				select c.id, c.source_id, c.event_id, c.actor_id, c.figure_id, c.attribute, c.claim_value,
				       a.value_type, a.single_valued
				from claim c join claim_attribute a on a.code = c.attribute where c.deleted_at is null""")
			.query((rs, n) -> new Fact(rs.getLong(1), rs.getLong(2), subject(rs.getObject(3, Long.class),
					rs.getObject(4, Long.class), rs.getObject(5, Long.class)), rs.getString(6),
					ValueType.valueOf(rs.getString(8).strip()), rs.getBoolean(9), rs.getString(7)))
			.list();
		Assessment expected = DisputeDetector.assess(live);
		Map<Long, String> stored = this.jdbc.sql("select id, status from claim where deleted_at is null")
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2).strip()))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		assertThat(stored).isEqualTo(expected.statuses()
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().name())));
		assertThat(this.jdbc.sql("select count(*) from claim where deleted_at is not null and status is not null")
			.query(Long.class)
			.single()).isZero();
		Set<String> disputes = new HashSet<>(this.jdbc.sql("select subject_type, subject_id, attribute from dispute")
			.query((rs, n) -> rs.getString(1).strip() + ":" + rs.getLong(2) + ":" + rs.getString(3))
			.list());
		assertThat(disputes).isEqualTo(expected.conflicts()
			.stream()
			.map(c -> c.subject().type().name() + ":" + c.subject().id() + ":" + c.attribute())
			.collect(Collectors.toSet()));
		this.owners.orderedStream()
			.forEach(owner -> owner.scratch()
				.forEach((name, counts) -> assertThat(this.tallies.read(name)).as(name).isEqualTo(counts)));
		// Two agreements (Geneva, London), two rounds of talks, in the kept count stats reads.
		assertThat(this.tallies.read("events-by-kind")).containsEntry("AGREEMENT", 2L).containsEntry("TALKS", 2L);
	}

	// ---------------------------------------------------------------- helpers

	private long sourceId(String fileName) {
		return this.jdbc.sql("select id from source where file_name = :f").param("f", fileName).query(Long.class).single();
	}

	private String body(String uri, String path) throws Exception {
		MockHttpServletResponse response = this.api.anonymousGet(uri);
		assertThat(response.getStatus()).as(uri).isEqualTo(200);
		return JsonPath.read(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8), path);
	}

	private String summary(String slug) throws Exception {
		return body("/api/v1/events/" + slug, "$.summary");
	}

	private List<String> slugs(String query) throws Exception {
		return JsonPath.read(this.api.anonymousGet("/api/v1/events?size=100&" + query).getContentAsString(),
				"$.items[*].slug");
	}

	private List<Map<String, Object>> claims(String slug) throws Exception {
		return JsonPath.read(this.api.anonymousGet("/api/v1/events/" + slug)
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8), "$.claims");
	}

	private static String fileName(Map<String, Object> claim) {
		return JsonPath.read(claim, "$.source.fileName");
	}

	private List<String> excerpts(String slug, String fileName) throws Exception {
		return claims(slug).stream().filter(c -> fileName.equals(fileName(c))).map(c -> (String) c.get("excerpt")).toList();
	}

	private List<String> statements(String slug, String fileName) throws Exception {
		return claims(slug).stream()
			.filter(c -> fileName.equals(fileName(c)) && "statement".equals(c.get("attribute")))
			.map(c -> (String) c.get("excerpt"))
			.toList();
	}

	private List<String> claimValues(String slug, String fileName, String attribute) throws Exception {
		return claims(slug).stream()
			.filter(c -> fileName.equals(fileName(c)) && attribute.equals(c.get("attribute")))
			.map(c -> (String) c.get("value"))
			.toList();
	}

	private String label(String slug, String fileName, String attribute) throws Exception {
		List<String> labels = claims(slug).stream()
			.filter(c -> fileName.equals(fileName(c)) && attribute.equals(c.get("attribute")))
			.map(c -> (String) c.get("valueLabel"))
			.toList();
		assertThat(labels).as("%s %s %s", slug, fileName, attribute).hasSize(1);
		return labels.get(0);
	}

	/** Source file name to claim status, for the claims stating this value. */
	private Map<String, String> statusesOf(String slug, String attribute, String value) throws Exception {
		return claims(slug).stream()
			.filter(c -> attribute.equals(c.get("attribute")) && value.equals(c.get("value")))
			.collect(Collectors.toMap(SeedCorrectionsTest::fileName, c -> (String) c.get("status")));
	}

	private List<String> claimsOf(String fileName, String attribute) {
		return this.jdbc.sql("""
				select c.claim_value from claim c join source s on s.id = c.source_id
				where s.file_name = :f and c.attribute = :a and c.deleted_at is null""")
			.param("f", fileName)
			.param("a", attribute)
			.query(String.class)
			.list();
	}

	private String role(String slug, String actor) throws Exception {
		List<String> roles = JsonPath.read(this.api.anonymousGet("/api/v1/events/" + slug).getContentAsString(),
				"$.participants[?(@.actor == '" + actor + "')].role");
		assertThat(roles).hasSize(1);
		return roles.get(0);
	}

	/** The one revision seed-corrections made of an event, as the revisions endpoint shows it. */
	private Map<String, Object> correction(String slug) throws Exception {
		MockHttpServletResponse response = this.api.get("/api/v1/events/" + slug + "/revisions");
		assertThat(response.getStatus()).as(slug).isEqualTo(200);
		List<Map<String, Object>> items = Api.read(response, "$.items[?(@.author == 'seed-corrections')]");
		assertThat(items).as(slug).hasSize(1);
		assertThat(items.get(0)).containsEntry("action", "corrected").containsEntry("number", 1);
		return items.get(0);
	}

	private static Subject subject(Long eventId, Long actorId, Long figureId) {
		if (eventId != null) {
			return new Subject(SubjectType.EVENT, eventId);
		}
		return (actorId != null) ? new Subject(SubjectType.ACTOR, actorId) : new Subject(SubjectType.FIGURE, figureId);
	}

}
