package org.tradeline.event;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tradeline.actor.ActorRepository;
import org.tradeline.cache.ReadDependencies;
import org.tradeline.event.EventViews.AttestedParticipant;
import org.tradeline.event.EventViews.EventDetail;
import org.tradeline.event.EventViews.EventRow;
import org.tradeline.event.EventViews.EventSummary;
import org.tradeline.event.EventViews.EventTombstone;
import org.tradeline.event.EventViews.ParticipantRef;
import org.tradeline.event.EventViews.TopicRef;
import org.tradeline.problem.InvalidParameterException;
import org.tradeline.problem.NotFoundException;
import org.tradeline.provenance.AsOf;
import org.tradeline.provenance.ClaimScope;
import org.tradeline.provenance.ClaimView;
import org.tradeline.provenance.Provenance;
import org.tradeline.provenance.Provenance.ClaimCounts;
import org.tradeline.provenance.SubjectProvenance;
import org.tradeline.provenance.subject.Subject;
import org.tradeline.provenance.subject.SubjectType;
import org.tradeline.store.StoreChange;
import org.tradeline.store.SyncRows;
import org.tradeline.store.Visibility;
import org.tradeline.topic.TopicRepository;
import org.tradeline.web.paging.PageResponse;
import org.tradeline.web.paging.SyncPage;
import org.tradeline.web.paging.SyncWindow;

/**
 * Reads events. A page costs a constant number of queries whatever its size: the page, its count
 * (kept by the write path when nothing is filtered), batch-fetched topics and participants, claim
 * counts and the disputed set.
 */
@Service
@Transactional(readOnly = true)
class EventCatalog {

	private static final String PARTICIPANT = "participant";

	private static final String TABLE = "event";

	/**
	 * The public sees live published events; it saw those that were ever published, so one deleted or
	 * back to draft since is a tombstone to it, and a draft never published is nothing at all.
	 */
	static final SyncRows.PublicView PUBLIC_VIEW = new SyncRows.PublicView("deleted_at is null and state = 'PUBLISHED'",
			"published_once and (deleted_at is not null or state = 'DRAFT')");

	private static final String TEXT = StoreChange.EVENTS + "/text:";

	/** What every text search depends on: named by a write whose texts have too many trigrams to name. */
	static final String ANY_TEXT = TEXT + "*";

	private static final int TEXT_BUCKETS = 1024;

	private static final int MAX_TEXT_TAGS = 256;

	private final EventRepository events;

	private final TopicRepository topics;

	private final ActorRepository actors;

	private final Provenance provenance;

	private final EventTallies tallies;

	private final SyncRows syncRows;

	EventCatalog(EventRepository events, TopicRepository topics, ActorRepository actors, Provenance provenance,
			EventTallies tallies, SyncRows syncRows) {
		this.events = events;
		this.syncRows = syncRows;
		this.topics = topics;
		this.actors = actors;
		this.provenance = provenance;
		this.tallies = tallies;
	}

	PageResponse<EventRow> find(EventQuery query) {
		checkReferences(query);
		dependOnSelection(query);
		Page<Event> page = page(query);
		List<Long> ids = page.getContent().stream().map(Event::getId).toList();
		// Rows show their own fields, claim counts, the disputed flag and their participants' names
		// (an actor's edit tags the events it takes part in).
		ids.forEach(id -> ReadDependencies.add(new Subject(SubjectType.EVENT, id).tag(),
				new Subject(SubjectType.EVENT, id).claimsTag()));
		ClaimScope scope = new ClaimScope(query.visibility(), query.asOf());
		Map<Long, ClaimCounts> counts = this.provenance.countsForEvents(ids, scope);
		Set<Long> disputed = this.provenance.disputedAmong(SubjectType.EVENT, ids, scope);
		return PageResponse.of(page, event -> summary(event, counts.getOrDefault(event.getId(), ClaimCounts.NONE),
				disputed.contains(event.getId())));
	}

	/** The events changed in a sync window, in the order of their last change and id (see SyncWindow). */
	SyncPage<EventRow> sync(SyncWindow window) {
		// Every write to an event or its claims moves its last change (EventRevisions).
		ReadDependencies.add(StoreChange.EVENTS_EDITED);
		return SyncPage.of(window, this.syncRows, TABLE, "slug", PUBLIC_VIEW, this::summaries,
				row -> new EventTombstone(row.key(), row.goneAt(), row.updatedAt()));
	}

	/** The rows of these live published events, as a page of the list shows them. */
	private Map<Long, EventRow> summaries(List<Long> ids) {
		List<Event> live = this.events.findByIdIn(ids).stream().filter(Event::isPublished).toList();
		List<Long> found = live.stream().map(Event::getId).toList();
		ids.forEach(id -> ReadDependencies.add(new Subject(SubjectType.EVENT, id).tag(),
				new Subject(SubjectType.EVENT, id).claimsTag()));
		Map<Long, ClaimCounts> counts = this.provenance.countsForEvents(found, ClaimScope.PUBLIC);
		Set<Long> disputed = this.provenance.disputedAmong(SubjectType.EVENT, found, ClaimScope.PUBLIC);
		return live.stream()
			.collect(Collectors.toMap(Event::getId, event -> summary(event,
					counts.getOrDefault(event.getId(), ClaimCounts.NONE), disputed.contains(event.getId()))));
	}

	/**
	 * Which events a query selects, and in what order, changes with these tags. Filters are joined
	 * with "and", so a list filtered by a topic, actor or kind can only change through an event that
	 * has or had it: event writes name those ({@code EventWrites}), and such a list depends on that
	 * name alone instead of on every change to the collection.
	 */
	static void dependOnSelection(EventQuery query) {
		String text = (query.text() != null) ? selectedByText(query.text()) : null;
		if (text != null) {
			ReadDependencies.add(text, ANY_TEXT);
		}
		else if (query.topic() != null) {
			ReadDependencies.add(selectedByTopic(query.topic()));
		}
		else if (query.actor() != null) {
			ReadDependencies.add(selectedByActor(query.actor()));
		}
		else if (query.kind() != null) {
			ReadDependencies.add(selectedByKind(query.kind()));
		}
		else {
			ReadDependencies.add(StoreChange.EVENTS);
		}
		if (query.text() != null && text == null) {
			ReadDependencies.add(StoreChange.EVENTS_TEXT);
		}
		if (query.disputed() != null) {
			ReadDependencies.add("disputes");
		}
	}

	static String selectedByTopic(String topic) {
		return StoreChange.EVENTS + "/topic:" + topic;
	}

	static String selectedByActor(String actor) {
		return StoreChange.EVENTS + "/actor:" + actor;
	}

	static String selectedByKind(EventKind kind) {
		return StoreChange.EVENTS + "/kind:" + kind.code();
	}

	/**
	 * A text search ({@code q}: a case-insensitive substring of an event's title or summary) changes
	 * only through an event whose text contains the query before or after the write, and such a text
	 * contains the query's first three characters. So the search depends on the tag of that trigram
	 * and on {@link #ANY_TEXT}, and an event write names the tags of its texts' trigrams
	 * ({@link #textTags}), instead of every event write reaching every search. Null when the query is
	 * shorter or does not start with three ASCII characters (the ones every database lowers alike).
	 */
	static String selectedByText(String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		if (lower.length() < 3 || !lower.substring(0, 3).chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
			return null;
		}
		return TEXT + trigramBucket(lower.charAt(0), lower.charAt(1), lower.charAt(2));
	}

	/**
	 * The tags of every trigram of these texts, each code point lowered on its own (no lowering that
	 * changes a text's length moves a trigram; on the ASCII start of a query it is the query's
	 * lowering); or {@link #ANY_TEXT} alone when that is more tags than a write should name.
	 */
	static Set<String> textTags(String... texts) {
		Set<Integer> buckets = new HashSet<>();
		for (String text : texts) {
			int[] points = text.codePoints().map(Character::toLowerCase).toArray();
			for (int i = 0; i + 2 < points.length; i++) {
				buckets.add(trigramBucket(points[i], points[i + 1], points[i + 2]));
			}
		}
		if (buckets.size() > MAX_TEXT_TAGS) {
			return Set.of(ANY_TEXT);
		}
		return buckets.stream().map(bucket -> TEXT + bucket).collect(Collectors.toSet());
	}

	// Trigrams are hashed to TEXT_BUCKETS tags so that a write's tags stay short (StoreChanges keeps
	// a few thousand characters of them); a shared bucket only drops a search that did not change.
	private static int trigramBucket(int first, int second, int third) {
		int hash = ((first * 31) + second) * 31 + third;
		return ((hash * 0x9E3779B9) >>> 16) % TEXT_BUCKETS;
	}

	/** Unfiltered, the total is the kept count of live published events rather than a count over the store. */
	private Page<Event> page(EventQuery query) {
		Pageable pageable = query.paging().pageable(query.sort());
		if (!query.filters()) {
			Slice<Event> slice = this.events.findBy(EventSpecifications.matching(query), q -> q.slice(pageable));
			return new PageImpl<>(slice.getContent(), pageable, this.tallies.liveEvents());
		}
		return this.events.findAll(EventSpecifications.matching(query), pageable);
	}

	/** Unknown topics and actors are rejected: a typo should not look like "no events". */
	void checkReferences(EventQuery query) {
		if (query.topic() != null && !this.topics.existsBySlug(query.topic())) {
			throw new InvalidParameterException("topic", "Unknown topic '" + query.topic() + "'; see /api/v1/topics");
		}
		if (query.actor() != null && !this.actors.existsBySlug(query.actor())) {
			throw new InvalidParameterException("actor", "Unknown actor '" + query.actor() + "'; see /api/v1/actors");
		}
	}

	/**
	 * The event, if the read selects its state (a draft is 404 to the public, as if it did not
	 * exist); as of a day, an event no source in print by then reports is not found either.
	 */
	EventDetail get(String slug, Visibility visibility, AsOf asOf) {
		Event event = this.events.findBySlug(slug)
			.filter(found -> visibility.selects(found.getState()))
			.orElseThrow(() -> new NotFoundException("event", slug));
		return detail(event, visibility, asOf);
	}

	/** The detail of a live event the caller holds, as {@link #get} answers it. */
	EventDetail detail(Event event, Visibility visibility, AsOf asOf) {
		SubjectProvenance provenance = this.provenance.forSubject(SubjectType.EVENT, event.getId(),
				new ClaimScope(visibility, asOf));
		if (asOf != null && provenance.claims().isEmpty()) {
			throw new NotFoundException("event", event.getSlug());
		}
		dependOnParticipants(event);
		List<AttestedParticipant> participants = event.getParticipants()
			.stream()
			.map(p -> attested(p, provenance))
			.toList();
		return new EventDetail(event.getSlug(), event.getTitle(), event.getSummary(), event.getKind(), event.getDate(),
				event.getLocation(), topics(event), participants, provenance.claims(), provenance.disputes(),
				event.getUpdatedAt(), event.getState());
	}

	/** A view of one event shows its participants' names and titles, and its topics. */
	static void dependOnParticipants(Event event) {
		ReadDependencies.add("event:" + event.getId());
		event.getParticipants().forEach(p -> ReadDependencies.add("actor:" + p.getActor().getId()));
		event.getTopics().forEach(t -> ReadDependencies.add("topic:" + t.getId()));
	}

	private static EventSummary summary(Event event, ClaimCounts counts, boolean disputed) {
		List<ParticipantRef> participants = event.getParticipants()
			.stream()
			.map(p -> new ParticipantRef(p.getActor().getSlug(), p.getActor().getName(), p.getRole(), p.getSide()))
			.toList();
		return new EventSummary(event.getSlug(), event.getTitle(), event.getSummary(), event.getKind(),
				event.getDate(), event.getLocation(), topics(event), participants, counts.claims(), counts.sources(),
				disputed, event.getUpdatedAt(), event.getState());
	}

	private static List<TopicRef> topics(Event event) {
		return event.getTopics().stream().map(t -> new TopicRef(t.getSlug(), t.getName())).toList();
	}

	private static AttestedParticipant attested(Participant participant, SubjectProvenance provenance) {
		String slug = participant.getActor().getSlug();
		List<ClaimView> naming = provenance.claims()
			.stream()
			.filter(c -> c.attribute().equals(PARTICIPANT) && c.value().equals(slug))
			.toList();
		boolean disputed = !participant.disputes(provenance.disputes()).isEmpty();
		return new AttestedParticipant(slug, participant.getActor().getName(), participant.getRole(),
				participant.getSide(), naming.stream().map(ClaimView::source).distinct().toList(), disputed);
	}

}
