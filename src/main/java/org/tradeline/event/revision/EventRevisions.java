package org.tradeline.event.revision;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import tools.jackson.databind.JsonNode;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tradeline.event.Event;
import org.tradeline.event.EventReferences;
import org.tradeline.event.EventRepository;
import org.tradeline.problem.NotFoundException;
import org.tradeline.provenance.ClaimChanged;
import org.tradeline.provenance.ClaimState;
import org.tradeline.provenance.Provenance;
import org.tradeline.provenance.subject.Subject;
import org.tradeline.provenance.subject.SubjectType;
import org.tradeline.store.PublicationState;
import org.tradeline.store.StoreChange;
import org.tradeline.store.StoreChanges;
import org.tradeline.web.Writes;
import org.tradeline.web.paging.PageResponse;
import org.tradeline.web.paging.Paging;

/**
 * The history of events. Every write that touches an event, its participants and topics, or the
 * claims about it takes the event's row lock with an update that bumps its version (so concurrent
 * writers queue up or fail with 412, and revision numbers cannot collide), then stores a revision with
 * the event's state before and after.
 */
@Service
@Transactional
public class EventRevisions {

	private static final List<String> FIELDS = List.of("slug", "title", "summary", "kind", "date", "location", "topics",
			"participants", "claims", "deleted", "state");

	private final EventRevisionRepository revisions;

	private final EventRepository events;

	private final Provenance provenance;

	private final EntityManager entityManager;

	private final Writes writes;

	private final StoreChanges storeChanges;

	private final ApplicationEventPublisher publisher;

	EventRevisions(EventRevisionRepository revisions, EventRepository events, Provenance provenance,
			EntityManager entityManager, Writes writes, StoreChanges storeChanges, ApplicationEventPublisher publisher) {
		this.revisions = revisions;
		this.storeChanges = storeChanges;
		this.events = events;
		this.provenance = provenance;
		this.entityManager = entityManager;
		this.writes = writes;
		this.publisher = publisher;
	}

	/** Locks the event for this transaction and bumps its version at once (412 if someone was first). */
	public void lock(Event event) {
		this.entityManager.lock(event, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
	}

	/**
	 * Marks the event changed and writes it at once, with what this transaction changed on it: that
	 * one versioned update of its row is the lock (412 if someone was first), taken before a revision
	 * number is. For the changes the public sees: feeds and Last-Modified read updated_at, claims and
	 * participants count as the event's own, and answers in the order of last change (syncs, the
	 * change feed) move with it.
	 */
	public void touch(Event event) {
		event.markChanged(Writes.now());
		this.entityManager.flush();
		this.storeChanges.record(StoreChange.EVENTS_EDITED);
	}

	/**
	 * As {@link #touch(Event)}, or, for an edit the public does not see of an event it saw and sees no
	 * more (a draft again), versioned the same way but keeping its last change: that dates its
	 * tombstone in syncs and the change feed (when it was unpublished).
	 */
	public void touch(Event event, boolean keepLastChange) {
		if (!keepLastChange) {
			touch(event);
			return;
		}
		Instant unpublished = event.getUpdatedAt();
		lock(event);
		this.entityManager.flush();
		// The flush of its fields stamped the row with now: the stamp goes back, the entity with it.
		this.events.keepUpdatedAt(event.getId(), Timestamp.from(unpublished));
		this.entityManager.refresh(event);
		this.storeChanges.record(StoreChange.EVENTS_EDITED);
	}

	public EventSnapshot snapshot(Event event, boolean deleted) {
		List<ClaimState> claims = deleted ? List.of()
				: this.provenance.statesOf(new Subject(SubjectType.EVENT, event.getId()));
		return EventSnapshot.of(event, claims, deleted);
	}

	/**
	 * Stores the next revision of an event this transaction has locked or touched, and announces the
	 * event's coming into the public's view or leaving it (what names the event shows it or no more).
	 */
	public void record(Event event, String action, EventSnapshot before, EventSnapshot after) {
		int number = this.revisions.lastNumber(event.getId()) + 1;
		Stored stored = new Stored(changed(before, after), before, after);
		this.revisions.save(new EventRevision(event.getId(), number, action, Writes.author(), Writes.now(),
				this.writes.json(stored)));
		// A new event has nothing that names it yet.
		if (before != null && shown(before) != shown(after)) {
			this.publisher.publishEvent(new EventReferences.ShownChanged(event.getId()));
		}
	}

	private static boolean shown(EventSnapshot snapshot) {
		return snapshot != null && !snapshot.deleted() && snapshot.state() == PublicationState.PUBLISHED;
	}

	/** Claims are written by provenance; this keeps the revisions of the event they are about. */
	@EventListener
	void on(ClaimChanged change) {
		if (change.subject().type() != SubjectType.EVENT) {
			return;
		}
		Event event = this.events.findById(change.subject().id()).orElse(null);
		if (event == null) {
			return;
		}
		// A draft claim's write is recorded for editors only, and a published one about a withdrawn event
		// keeps the time of its withdrawal, which dates its tombstone.
		if (change.touchesPublished()) {
			touch(event, event.isWithdrawn());
		}
		else {
			lock(event);
		}
		EventSnapshot after = snapshot(event, false);
		List<ClaimState> claims = new ArrayList<>(after.claims());
		long id = (change.after() != null) ? change.after().id() : change.before().id();
		claims.removeIf(c -> c.id() == id);
		if (change.before() != null) {
			claims.add(change.before());
		}
		claims.sort(Comparator.comparingLong(ClaimState::id));
		EventSnapshot before = new EventSnapshot(after.slug(), after.title(), after.summary(), after.kind(),
				after.date(), after.location(), after.topics(), after.participants(), List.copyOf(claims), false,
				after.state());
		record(event, change.action(), before, after);
	}

	/**
	 * When each of these events created as a draft was first published: the first change of state its
	 * revisions record is then a publication (one created published is unpublished first, if ever).
	 * Events absent were never published, or public from their creation on.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Instant> firstPublications(Collection<Long> eventIds) {
		if (eventIds.isEmpty()) {
			return Map.of();
		}
		return this.revisions.findFirstStateChanges(eventIds)
			.stream()
			.filter(change -> change.action().equals("published"))
			.collect(Collectors.toMap(StateChange::eventId, StateChange::changedAt));
	}

	@Transactional(readOnly = true)
	public PageResponse<RevisionView> list(String slug, Paging paging) {
		return PageResponse.of(this.revisions.findByOwnerId(eventId(slug), paging.pageable(Sort.by("number"))),
				this::view);
	}

	@Transactional(readOnly = true)
	public RevisionView get(String slug, int number) {
		return this.revisions.findByOwnerIdAndNumber(eventId(slug), number)
			.map(this::view)
			.orElseThrow(() -> new NotFoundException("revision", slug + "/" + number));
	}

	/** Deleted events keep their history; it is looked up by slug whether the event is live or not. */
	private long eventId(String slug) {
		return this.events.findAnyBySlug(slug).orElseThrow(() -> new NotFoundException("event", slug)).id();
	}

	private RevisionView view(EventRevision revision) {
		Stored stored = this.writes.read(revision.getChanges(), Stored.class);
		return new RevisionView(revision.getNumber(), revision.getAction(), revision.getAuthor(),
				revision.getChangedAt(), stored.changed(), stored.before(), stored.after());
	}

	private List<String> changed(EventSnapshot before, EventSnapshot after) {
		JsonNode a = (before != null) ? this.writes.tree(before) : null;
		JsonNode b = this.writes.tree(after);
		return FIELDS.stream().filter(field -> a == null || !a.path(field).equals(b.path(field))).toList();
	}

	record Stored(List<String> changed, EventSnapshot before, EventSnapshot after) {
	}

	/**
	 * One revision: who (the token's name) changed what and when. before is absent for the revision
	 * that created the event; changed lists the fields whose values differ between before and after.
	 */
	public record RevisionView(int number, String action, String author, Instant changedAt, List<String> changed,
			EventSnapshot before, EventSnapshot after) {
	}

}
