package org.tradeline.provenance;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.tradeline.cache.etag.IfMatch;
import org.tradeline.problem.ConflictException;
import org.tradeline.problem.InvalidRequestException;
import org.tradeline.problem.NotFoundException;
import org.tradeline.provenance.claim.ClaimDetail;
import org.tradeline.provenance.claim.ClaimRequest;
import org.tradeline.provenance.claim.ClaimWrites;
import org.tradeline.provenance.dispute.DisputeDetector;
import org.tradeline.provenance.dispute.DisputeDetector.Assessment;
import org.tradeline.provenance.dispute.DisputeDetector.Conflict;
import org.tradeline.provenance.dispute.DisputeDetector.Fact;
import org.tradeline.provenance.source.SourceReads;
import org.tradeline.provenance.source.SourceRequest;
import org.tradeline.provenance.source.SourceStanding;
import org.tradeline.provenance.source.SourceWrites;
import org.tradeline.store.PublicationState;
import org.tradeline.store.Visibility;
import org.tradeline.support.Api;
import org.tradeline.support.ApiTest;
import org.tradeline.support.Editors;

import static org.assertj.core.api.Assertions.assertThat;

import org.tradeline.provenance.subject.Subject;
import org.tradeline.provenance.subject.SubjectType;

/**
 * The stored claim statuses, disputes, standings, disputed flags and counts are what
 * {@link DisputeDetector} makes of all public claims (live, published, about a published subject)
 * from scratch, after every step of a seeded random sequence of writes through the real write paths:
 * claims created (drafts among them), edited, published, unpublished, deleted and restored, sources
 * deleted and restored, an event deleted, restored and renamed, and another unpublished and
 * published again. A claim that is not public stands in no status.
 */
@ApiTest
@TestPropertySource(properties = "tradeline.test.context=derived-provenance")
class DerivedProvenanceTest {

	private static final IfMatch ANY = new IfMatch("*");

	private static final int STEPS = 200;

	/** A claim the public sees: live, published, and not about a draft event. */
	private static final String PUBLIC = "c.deleted_at is null and c.state = 'PUBLISHED' and (c.event_id is null "
			+ "or exists (select 1 from event e where e.id = c.event_id and e.state = 'PUBLISHED'))";

	/** Subjects and, per attribute, values chosen so that they collide often (compatible or not). */
	private static final List<Target> TARGETS = List.of(
			new Target("event", "geneva-talks", "start-date", List.of("2025-05", "2025-05-mid", "2025-05-12", "2025-06")),
			new Target("event", "geneva-talks", "location", List.of("Geneva", "geneva ", "Zurich")),
			new Target("event", "geneva-talks", "participant", List.of("he-lifeng", "donald-trump")),
			new Target("event", "london-talks", "china-lead-negotiator", List.of("he-lifeng", "xi-jinping")),
			new Target("event", "london-talks", "occurrence", List.of("occurred", "postponed")),
			new Target("actor", "he-lifeng", "title", List.of("Vice Premier", "vice  premier", "Premier")),
			new Target("figure", "rare-earth-exports-2025-05", "amount", List.of("5000", "5000.00", "5864.6")));

	@Autowired
	SourceWrites sources;

	@Autowired
	ClaimWrites claims;

	@Autowired
	Provenance provenance;

	@Autowired
	SourceReads sourceReads;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void maintainedProvenanceEqualsAFromScratchAssessmentAfterEveryWrite() throws Exception {
		Api api = new Api(this.mvc, Editors.editor(this.mvc, "derived-provenance"));
		Random random = new Random(20251130);
		List<Long> sources = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			sources.add(this.sources.create(new SourceRequest("derived-" + i + ".txt", null, "Outlet " + i, null, null, null, null, null,
					"A document for the derived provenance test.", Integer.toHexString(i).repeat(64).substring(0, 64),
					List.of(), List.of(), null)).id());
		}
		List<Long> claims = new ArrayList<>();
		List<Long> deletedClaims = new ArrayList<>();
		List<Long> deletedSources = new ArrayList<>();
		boolean eventDeleted = false;
		Map<String, Integer> steps = new TreeMap<>();
		for (int step = 0; step < STEPS; step++) {
			int dice = random.nextInt(100);
			String kind;
			try {
				if (dice < 34 || claims.isEmpty()) {
					kind = "create claim";
					Target target = TARGETS.get(random.nextInt(TARGETS.size()));
					long source = sources.get(random.nextInt(sources.size()));
					claims.add(this.claims.create(target.request(source, random)).id());
				}
				else if (dice < 37) {
					ClaimDetail claim = this.claims.get(claims.get(random.nextInt(claims.size())), Visibility.ALL);
					PublicationState toggled = (claim.state() == PublicationState.DRAFT) ? PublicationState.PUBLISHED
							: PublicationState.DRAFT;
					kind = (toggled == PublicationState.PUBLISHED) ? "publish claim" : "unpublish claim";
					this.claims.replace(claim.id(), ANY, new ClaimRequest(claim.source().id(),
							new ClaimRequest.SubjectKey(claim.subject().type(), claim.subject().slug()), claim.attribute(),
							claim.value(), claim.valueLabel(), claim.excerpt(), toggled));
				}
				else if (dice < 40) {
					String uri = "/api/v1/events/london-talks";
					boolean draft = "draft".equals(Api.read(api.get(uri + "?state=all"), "$.state"));
					kind = draft ? "publish event" : "unpublish event";
					String state = draft ? "published" : "draft";
					assertThat(api.patch(uri, api.editorEtag(uri), "{\"state\": \"" + state + "\"}").getStatus())
						.as(kind)
						.isEqualTo(200);
				}
				else if (dice < 65) {
					kind = "edit claim";
					long id = claims.get(random.nextInt(claims.size()));
					ClaimDetail claim = this.claims.get(id, Visibility.ALL);
					Target target = TARGETS.stream()
						.filter(t -> t.type().equals(claim.subject().type()) && t.slug().equals(claim.subject().slug())
								&& t.attribute().equals(claim.attribute()))
						.findFirst()
						.orElseThrow();
					this.claims.replace(id, ANY, target.request(claim.source().id(), random));
				}
				else if (dice < 80) {
					kind = "delete claim";
					long id = claims.remove(random.nextInt(claims.size()));
					this.claims.delete(id, ANY);
					deletedClaims.add(id);
				}
				else if (dice < 90 && !deletedClaims.isEmpty()) {
					kind = "restore claim";
					long id = deletedClaims.remove(random.nextInt(deletedClaims.size()));
					this.claims.restore(id);
					claims.add(id);
				}
				else if (dice < 95) {
					kind = eventDeleted ? "restore event" : "delete event";
					String uri = "/api/v1/events/geneva-talks";
					int status = eventDeleted ? api.post(uri + "/restore", "").getStatus()
							: api.delete(uri, api.editorEtag(uri)).getStatus();
					assertThat(status).as(kind).isIn(200, 204);
					eventDeleted = !eventDeleted;
				}
				else if (dice < 97 && !eventDeleted) {
					kind = "rename event";
					String uri = "/api/v1/events/geneva-talks";
					assertThat(api.patch(uri, api.editorEtag(uri), "{\"title\": \"Geneva talks, take " + step + "\"}")
						.getStatus()).as(kind).isEqualTo(200);
				}
				else if (!deletedSources.isEmpty()) {
					kind = "restore source";
					long id = deletedSources.remove(0);
					this.sources.restore(id);
					sources.add(id);
				}
				else {
					kind = "delete source";
					long id = sources.remove(random.nextInt(sources.size()));
					this.sources.delete(id, ANY);
					deletedSources.add(id);
				}
			}
			catch (ConflictException | NotFoundException | InvalidRequestException ex) {
				// About a deleted event, or restoring a claim of a deleted source: refused, nothing changes.
				kind = "refused";
			}
			steps.merge(kind, 1, Integer::sum);
			assertMatchesFromScratch(step + 1 + " (" + kind + ")");
			// Claims gone with their source or event are not edited; they come back with it.
			claims.removeIf(id -> !isLive(id));
			deletedClaims.removeIf(this::isLive);
		}
		assertThat(steps.keySet()).as("steps taken: %s", steps)
			.contains("create claim", "edit claim", "delete claim", "restore claim", "delete event", "restore event",
					"rename event", "delete source", "restore source", "publish claim", "unpublish claim",
					"publish event", "unpublish event");
		assertThat(this.provenance.disputeCounts().open()).as("disputes open at the end").isPositive();
	}

	private void assertMatchesFromScratch(String step) {
		List<Row> live = rows(PUBLIC);
		Assessment expected = DisputeDetector.assess(live.stream().map(Row::fact).toList());

		Map<Long, String> storedStatuses = live.stream()
			.collect(Collectors.toMap(r -> r.fact().claimId(), r -> String.valueOf(r.status())));
		Map<Long, String> expectedStatuses = expected.statuses()
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().name()));
		assertThat(storedStatuses).as("claim statuses after step %s", step).isEqualTo(expectedStatuses);
		assertThat(this.jdbc.sql("select count(*) from claim c where status is not null and not (" + PUBLIC + ")")
			.query(Long.class)
			.single()).as("claims with a status that are not public after step %s", step).isZero();

		Set<String> storedDisputes = new HashSet<>(this.jdbc
			.sql("select subject_type, subject_id, attribute, self_contradicting from dispute")
			.query((rs, n) -> rs.getString(1).strip() + ":" + rs.getLong(2) + ":" + rs.getString(3) + ":"
					+ rs.getBoolean(4))
			.list());
		Set<String> expectedDisputes = expected.conflicts()
			.stream()
			.map(c -> c.subject().type().name() + ":" + c.subject().id() + ":" + c.attribute() + ":"
					+ !c.selfContradictingSources().isEmpty())
			.collect(Collectors.toSet());
		assertThat(storedDisputes).as("disputes after step %s", step).isEqualTo(expectedDisputes);
		assertThat(this.jdbc.sql("""
				select count(*) from dispute d
				where subject_name <> coalesce((select e.title from event e where d.subject_type = 'EVENT' and e.id = d.subject_id),
				    (select a.name from actor a where d.subject_type = 'ACTOR' and a.id = d.subject_id),
				    (select f.label from figure f where d.subject_type = 'FIGURE' and f.id = d.subject_id))""")
			.query(Long.class)
			.single()).as("disputes named after their subjects after step %s", step).isZero();

		Map<Long, Map<ClaimStatus, Long>> expectedStanding = new HashMap<>();
		live.forEach(r -> expectedStanding.computeIfAbsent(r.fact().sourceId(), s -> new EnumMap<>(ClaimStatus.class))
			.merge(expected.statuses().get(r.fact().claimId()), 1L, Long::sum));
		List<Long> sourceIds = this.jdbc.sql("select id from source where deleted_at is null").query(Long.class).list();
		Map<Long, SourceStanding> standing = this.sourceReads.standingOf(sourceIds);
		for (Long id : sourceIds) {
			assertThat(standing.get(id)).as("standing of source %s after step %s", id, step)
				.isEqualTo(SourceStanding.of(expectedStanding.getOrDefault(id, Map.of())));
		}

		List<Long> eventIds = this.jdbc.sql("select id from event where deleted_at is null").query(Long.class).list();
		Set<Long> expectedDisputedEvents = expected.conflicts()
			.stream()
			.map(Conflict::subject)
			.filter(s -> s.type() == SubjectType.EVENT)
			.map(Subject::id)
			.collect(Collectors.toSet());
		assertThat(this.provenance.disputedAmong(SubjectType.EVENT, eventIds, ClaimScope.PUBLIC)).as("disputed events after step %s", step)
			.isEqualTo(expectedDisputedEvents);

		// An editor's view assesses every live claim together, drafts and claims about draft events included.
		Assessment withDrafts = DisputeDetector.assess(facts("c.deleted_at is null"));
		Set<String> storedEditorDisputes = new HashSet<>(this.jdbc
			.sql("select subject_type, subject_id, attribute from editor_dispute")
			.query((rs, n) -> rs.getString(1).strip() + ":" + rs.getLong(2) + ":" + rs.getString(3))
			.list());
		assertThat(storedEditorDisputes).as("editors' disputes after step %s", step)
			.isEqualTo(withDrafts.conflicts()
				.stream()
				.map(c -> c.subject().type().name() + ":" + c.subject().id() + ":" + c.attribute())
				.collect(Collectors.toSet()));
		assertThat(this.provenance.disputedAmong(SubjectType.EVENT, eventIds, new ClaimScope(Visibility.ALL, null)))
			.as("events an editor sees disputed after step %s", step)
			.isEqualTo(withDrafts.conflicts()
				.stream()
				.map(Conflict::subject)
				.filter(s -> s.type() == SubjectType.EVENT)
				.map(Subject::id)
				.collect(Collectors.toSet()));

		DisputeCounts counts = this.provenance.disputeCounts();
		assertThat(counts.open()).as("open disputes after step %s", step).isEqualTo(expected.conflicts().size());
		assertThat(counts.selfContradicting()).as("self-contradicting disputes after step %s", step)
			.isEqualTo(expected.conflicts().stream().filter(c -> !c.selfContradictingSources().isEmpty()).count());
		Map<ClaimStatus, Long> byStatus = new EnumMap<>(ClaimStatus.class);
		for (ClaimStatus status : ClaimStatus.values()) {
			byStatus.put(status, 0L);
		}
		expected.statuses().values().forEach(status -> byStatus.merge(status, 1L, Long::sum));
		assertThat(this.provenance.claimStatusCounts()).as("claims by status after step %s", step).isEqualTo(byStatus);
	}

	/** The claims the condition selects (on {@code claim c}), each with its stored status. */
	private List<Row> rows(String condition) {
		return this.jdbc.sql("""
				select c.id, c.source_id, c.event_id, c.actor_id, c.figure_id, c.attribute, c.claim_value, c.status,
				       a.value_type, a.single_valued
				from claim c join claim_attribute a on a.code = c.attribute where %s""".formatted(condition))
			.query((rs, n) -> new Row(new Fact(rs.getLong(1), rs.getLong(2), subject(rs.getObject(3, Long.class),
					rs.getObject(4, Long.class), rs.getObject(5, Long.class)), rs.getString(6),
					ValueType.valueOf(rs.getString(9).strip()), rs.getBoolean(10), rs.getString(7)),
					rs.getString(8)))
			.list();
	}

	private List<Fact> facts(String condition) {
		return rows(condition).stream().map(Row::fact).toList();
	}

	private boolean isLive(long claimId) {
		return this.jdbc.sql("select count(*) from claim where id = :id and deleted_at is null")
			.param("id", claimId)
			.query(Long.class)
			.single() > 0;
	}

	private static Subject subject(Long eventId, Long actorId, Long figureId) {
		if (eventId != null) {
			return new Subject(SubjectType.EVENT, eventId);
		}
		return (actorId != null) ? new Subject(SubjectType.ACTOR, actorId) : new Subject(SubjectType.FIGURE, figureId);
	}

	private record Row(Fact fact, String status) {
	}

	private record Target(String type, String slug, String attribute, List<String> values) {

		ClaimRequest request(long source, Random random) {
			String value = this.values.get(random.nextInt(this.values.size()));
			// Drafts now and then; otherwise left out, which is published.
			return new ClaimRequest(source, new ClaimRequest.SubjectKey(this.type, this.slug), this.attribute, value,
					value.strip(), "It says " + value.strip() + ".", random.nextInt(4) == 0 ? PublicationState.DRAFT : null);
		}

	}

}
