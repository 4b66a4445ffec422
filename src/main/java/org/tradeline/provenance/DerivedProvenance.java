package org.tradeline.provenance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tradeline.provenance.claim.Claim;
import org.tradeline.provenance.claim.ClaimRepository;
import org.tradeline.provenance.claim.StatusTallies;
import org.tradeline.provenance.claim.SubjectDirectory;
import org.tradeline.provenance.dispute.DisputeDetector;
import org.tradeline.provenance.dispute.DisputeDetector.Assessment;
import org.tradeline.provenance.dispute.DisputeDetector.Conflict;
import org.tradeline.provenance.dispute.KeptDisputes;
import org.tradeline.provenance.subject.Subject;
import org.tradeline.provenance.subject.SubjectType;
import org.tradeline.store.StoreChange;
import org.tradeline.store.StoreChanges;
import org.tradeline.store.Tallies;

/**
 * Keeps what is derived from the claims (each claim's status, the open disputes of the public record
 * and of an editor's view, drafts included) stored, so that lists, standings and counts read it
 * instead of recomputing it over the whole store. Every write that changes claims calls
 * {@link #refresh} for the subjects it touched, inside its transaction: that locks the subjects
 * (concurrent writers about one subject take turns, so neither derives from a state without the
 * other's claim), assesses their claims with {@link DisputeDetector} (the one
 * definition of a status and a dispute) and stores the result. It also records the cache tags of
 * everything the change can reach: the subjects, every claim about them (their statuses depend on
 * one another) and those claims' sources (standings).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class DerivedProvenance implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DerivedProvenance.class);

	/** Lists and counts every claim change can reach. */
	private static final List<String> CLAIM_COLLECTIONS = List.of("claims", "sources", "disputes", "stats");

	/** Subjects assessed together by a rebuild; bounds memory and the id lists of its statements. */
	private static final int REBUILD_BATCH = 500;

	private final ClaimRepository claims;

	private final SubjectDirectory directory;

	private final JdbcClient jdbc;

	private final EntityManager entityManager;

	private final StoreChanges storeChanges;

	private final Tallies tallies;

	private final KeptDisputes disputes;

	DerivedProvenance(ClaimRepository claims, SubjectDirectory directory, JdbcClient jdbc, EntityManager entityManager,
			StoreChanges storeChanges, Tallies tallies, KeptDisputes disputes) {
		this.claims = claims;
		this.directory = directory;
		this.jdbc = jdbc;
		this.entityManager = entityManager;
		this.storeChanges = storeChanges;
		this.tallies = tallies;
		this.disputes = disputes;
	}

	/**
	 * Locks the subjects' rows until the transaction ends, so that writers deriving provenance from the
	 * claims about one subject take turns; sorted by type and id, so that writers locking several
	 * subjects take the locks in one order. Taken before a claim change is announced (its listeners
	 * write the event's revisions), and again, at no cost, by {@link #refresh}.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Map<SubjectType, TreeSet<Long>> lock(Collection<Subject> subjects) {
		Map<SubjectType, TreeSet<Long>> byType = subjects.stream()
			.collect(Collectors.groupingBy(Subject::type, TreeMap::new,
					Collectors.mapping(Subject::id, Collectors.toCollection(TreeSet::new))));
		byType.forEach(this.directory::lock);
		return byType;
	}

	/** Derives the claims' statuses and the disputes of these subjects again, from their live claims. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void refresh(Collection<Subject> subjects) {
		Set<String> tags = new LinkedHashSet<>(CLAIM_COLLECTIONS);
		lock(subjects).forEach((type, ids) -> {
			List<Claim> loaded = this.claims.findBySubjects(type, ids);
			List<Tallies.Key> counted = countedStatuses(type, ids, loaded);
			store(type, ids, loaded);
			this.tallies.move(counted, loaded.stream()
				.filter(claim -> claim.getStatus() != null)
				.flatMap(claim -> StatusTallies.keys(claim.getSource().getId(), claim.getStatus().name()))
				.toList());
			ids.forEach(id -> tags.add(new Subject(type, id).claimsTag()));
			tagClaims(loaded, tags);
		});
		this.storeChanges.record(tags.toArray(String[]::new));
	}

	/** A subject's name changed: its disputes are listed by it, and its claims' views show it. */
	@Transactional(propagation = Propagation.MANDATORY)
	void renamed(Subject subject) {
		this.disputes.renamed(subject);
		touched(this.claims.findBySubjects(subject.type(), List.of(subject.id())));
		this.storeChanges.record(subject.tag(), subject.type().collection());
	}

	/** Records the tags of claims that leave (or change) without their subjects' claims being reloaded. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void touched(Collection<Claim> changed) {
		Set<String> tags = new LinkedHashSet<>(CLAIM_COLLECTIONS);
		tagClaims(changed, tags);
		this.storeChanges.record(tags.toArray(String[]::new));
	}

	/**
	 * At start-up, derives what is missing: after the migration that added it, or after a crash
	 * mid-load. A public claim without a status is missing one; a draft claim, or one about a draft
	 * event, has none by design.
	 */
	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		String underived = "from claim where status is null and deleted_at is null and state = 'PUBLISHED' and ";
		boolean aboutActorsOrFigures = !this.jdbc
			.sql("select 1 " + underived + "event_id is null fetch first 1 rows only")
			.query(Integer.class)
			.list()
			.isEmpty();
		List<Subject> events = this.jdbc.sql("select distinct event_id " + underived + "event_id is not null")
			.query(Long.class)
			.list()
			.stream()
			.map(id -> new Subject(SubjectType.EVENT, id))
			.toList();
		if (aboutActorsOrFigures || this.directory.drafts(events).size() < events.size()) {
			rebuild();
		}
	}

	/**
	 * Derives everything again from all live claims, subject by subject in batches. Costs the whole
	 * store: for start-up, bulk loads and backup imports, never for a request.
	 */
	@Transactional
	public void rebuild() {
		long started = System.nanoTime();
		this.entityManager.flush();
		this.disputes.clear();
		this.jdbc.sql("update claim set status = null where deleted_at is not null and status is not null").update();
		int subjects = 0;
		for (SubjectType type : SubjectType.values()) {
			String column = column(type);
			List<Long> ids = this.jdbc
				.sql("select distinct " + column + " from claim where " + column
						+ " is not null and deleted_at is null order by " + column)
				.query(Long.class)
				.list();
			for (int from = 0; from < ids.size(); from += REBUILD_BATCH) {
				List<Long> batch = ids.subList(from, Math.min(from + REBUILD_BATCH, ids.size()));
				store(type, batch, this.claims.findBySubjects(type, batch));
				// Nothing of a batch is needed again; keep the persistence context small.
				this.entityManager.flush();
				this.entityManager.clear();
			}
			subjects += ids.size();
		}
		this.tallies.recountAll();
		log.info("Derived claim statuses and disputes of {} subjects in {} ms", subjects,
				(System.nanoTime() - started) / 1_000_000);
	}

	/**
	 * What the subjects' claims count under in the status tally before {@link #store} assesses them
	 * again. A claim keeps a status only while it is live: those deleted since their subject was last
	 * assessed give theirs up here.
	 */
	private List<Tallies.Key> countedStatuses(SubjectType type, Collection<Long> ids, List<Claim> loaded) {
		String retired = " where " + column(type) + " in (:ids) and deleted_at is not null and status is not null";
		List<Tallies.Key> counted = new ArrayList<>();
		this.jdbc.sql("select source_id, status from claim" + retired)
			.param("ids", ids)
			.query((rs, n) -> counted.addAll(StatusTallies.keys(rs.getLong(1), rs.getString(2).strip()).toList()))
			.list();
		this.jdbc.sql("update claim set status = null" + retired).param("ids", ids).update();
		loaded.stream()
			.filter(claim -> claim.getStatus() != null)
			.forEach(claim -> counted.addAll(StatusTallies.keys(claim.getSource().getId(), claim.getStatus().name()).toList()));
		return counted;
	}

	/**
	 * Assesses the public claims among those loaded (published, about a subject that is no draft) and
	 * stores their statuses and disputes; the others stand in none, as deleted ones do. Then assesses
	 * them all together, drafts included, for the disputes an editor's view shows.
	 */
	private void store(SubjectType type, Collection<Long> ids, List<Claim> loaded) {
		List<Claim> seenByPublic = this.directory.publicOnes(loaded);
		Assessment assessment = DisputeDetector.assess(seenByPublic.stream().map(Provenance::fact).toList());
		Map<ClaimStatus, List<Long>> byStatus = new EnumMap<>(ClaimStatus.class);
		List<Long> unpublished = new ArrayList<>();
		for (Claim claim : loaded) {
			ClaimStatus status = assessment.statuses().get(claim.getId());
			claim.standsAs(status);
			if (status == null) {
				unpublished.add(claim.getId());
			}
			else {
				byStatus.computeIfAbsent(status, s -> new ArrayList<>()).add(claim.getId());
			}
		}
		byStatus.forEach((status, claimIds) -> this.jdbc.sql("update claim set status = :status where id in (:ids)")
			.param("status", status.name())
			.param("ids", claimIds)
			.update());
		if (!unpublished.isEmpty()) {
			this.jdbc.sql("update claim set status = null where id in (:ids)").param("ids", unpublished).update();
		}
		Map<Long, LocalDate> inPrint = new HashMap<>();
		loaded.forEach(claim -> inPrint.put(claim.getSource().getId(), claim.getSource().inPrintFrom()));
		// Usually no claim is a draft: then an editor sees the public's disputes, assessed once.
		List<Conflict> withDrafts = (seenByPublic.size() == loaded.size()) ? assessment.conflicts()
				: DisputeDetector.assess(loaded.stream().map(Provenance::fact).toList()).conflicts();
		this.disputes.replace(type, ids, assessment.conflicts(), withDrafts, inPrint);
	}

	private static void tagClaims(Collection<Claim> changed, Set<String> tags) {
		for (Claim claim : changed) {
			tags.add("claim:" + claim.getId());
			tags.add(StoreChange.contents("source:" + claim.getSource().getId()));
			tags.add(claim.subject().claimsTag());
		}
	}

	private static String column(SubjectType type) {
		return switch (type) {
			case EVENT -> "event_id";
			case ACTOR -> "actor_id";
			case FIGURE -> "figure_id";
		};
	}

}
