package org.tradeline.event;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tradeline.actor.Actor;
import org.tradeline.actor.ActorRepository;
import org.tradeline.cache.etag.Etags;
import org.tradeline.event.EventViews.EventDetail;
import org.tradeline.event.revision.EventRevisions;
import org.tradeline.event.revision.EventSnapshot;
import org.tradeline.problem.ConflictException;
import org.tradeline.provenance.ProvenanceWrites;
import org.tradeline.provenance.subject.Subject;
import org.tradeline.provenance.subject.SubjectType;
import org.tradeline.provenance.subject.Subjects;
import org.tradeline.store.PublicationState;
import org.tradeline.store.StoreChange;
import org.tradeline.store.StoreChanges;
import org.tradeline.store.Tallies;
import org.tradeline.store.Visibility;
import org.tradeline.topic.Topic;
import org.tradeline.topic.TopicRepository;
import org.tradeline.web.ResourceWrites;
import org.tradeline.web.Text;
import org.tradeline.web.Writes;
import org.tradeline.web.Writes.Violations;

/**
 * Writes events: validate, check If-Match against the current representation, apply, write and version
 * the row in one update (its lock), record a revision and bump store_change, all in one transaction.
 */
@Service
@Transactional
public class EventWrites extends ResourceWrites.Slugged<Event, EventRequest, EventDetail> {

	private final EventRepository events;

	private final TopicRepository topics;

	private final ActorRepository actors;

	private final EventCatalog catalog;

	private final EventRevisions revisions;

	private final ProvenanceWrites provenance;

	private final StoreChanges storeChanges;

	private final EventTallies tallies;

	EventWrites(EventRepository events, TopicRepository topics, ActorRepository actors, EventCatalog catalog,
			EventRevisions revisions, ProvenanceWrites provenance, Etags etags, Writes writes,
			StoreChanges storeChanges, EventTallies tallies) {
		super("event", EventRequest.class, events, etags, writes);
		this.events = events;
		this.topics = topics;
		this.actors = actors;
		this.catalog = catalog;
		this.revisions = revisions;
		this.provenance = provenance;
		this.storeChanges = storeChanges;
		this.tallies = tallies;
	}

	@Override
	public EventDetail create(EventRequest request) {
		Resolved resolved = validate(request, null);
		requireFreeSlug(request.slug());
		Event event = new Event(request.slug());
		apply(event, request, resolved);
		event = this.events.save(event);
		this.events.flush();
		this.revisions.record(event, "created", null, EventSnapshot.created(event));
		this.tallies.move(List.of(), EventTallies.keys(event));
		recordChange(event, event.isPublished(), List.of(), null, null);
		return view(event);
	}

	/**
	 * Makes these actors participants of the event as an editor's replacement would (how review adds
	 * the people accepted claims name): each in the role of its title (else "Participant") and on its
	 * country's side; one taking part already keeps its role and side.
	 */
	public void addParticipants(String slug, Collection<String> actorSlugs) {
		Event event = live(slug);
		List<EventRequest.ParticipantRequest> participants = new ArrayList<>(requestOf(event).participantList());
		Set<String> taking = new HashSet<>(participants.stream().map(EventRequest.ParticipantRequest::actor).toList());
		this.actors.findBySlugIn(actorSlugs)
			.stream()
			.sorted(Comparator.comparing(Actor::getSlug))
			.filter(actor -> taking.add(actor.getSlug()))
			.forEach(actor -> participants.add(new EventRequest.ParticipantRequest(actor.getSlug(),
					(actor.getTitle() != null && !actor.getTitle().isBlank()) ? actor.getTitle() : "Participant",
					Side.of(actor.getCountry()))));
		replaceFound(slug, event, requestOf(event).withParticipants(participants));
	}

	/** What editors write is what they read back, drafts and draft claims included. */
	@Override
	protected EventDetail view(Event event) {
		return this.catalog.detail(event, Visibility.ALL, null);
	}

	@Override
	protected EventRequest requestOf(Event event) {
		return EventRequest.of(event);
	}

	@Override
	protected EventRequest asWritten(EventRequest request, Event event) {
		return request.asWritten(event.getState(),
				event.getParticipants().stream().map(p -> p.getActor().getSlug()).toList());
	}

	@Override
	protected EventDetail change(String slug, Event event, EventRequest request) {
		Resolved resolved = validate(request, slug);
		EventSnapshot before = this.revisions.snapshot(event, false);
		// The actors it leaves list it no more.
		this.storeChanges.record(appearances(event));
		String title = event.getTitle();
		List<Tallies.Key> counted = EventTallies.keys(event);
		List<String> selectors = selectors(event);
		PublicationState state = event.getState();
		apply(event, request, resolved);
		// Only a write to what the public sees, or saw until now, is public: an edit of a draft is not.
		boolean seen = state == PublicationState.PUBLISHED || event.isPublished();
		this.revisions.touch(event, !seen && event.isWithdrawn());
		this.tallies.move(counted, EventTallies.keys(event));
		EventSnapshot after = before.withFieldsOf(event);
		// Publishing and unpublishing are changes of the state field, named as such in the revisions.
		this.revisions.record(event, PublicationState.change(state, event.getState()), before, after);
		recordChange(event, seen, selectors, before, after);
		if (!title.equals(event.getTitle())) {
			this.provenance.subjectRenamed(new Subject(SubjectType.EVENT, event.getId()));
		}
		if (state != event.getState()) {
			// Its claims enter or leave the public record with it: statuses, disputes, standings.
			this.provenance.subjectPublicationChanged(new Subject(SubjectType.EVENT, event.getId()));
		}
		return view(event);
	}

	/** With the same timestamp, the claims about it. */
	@Override
	protected void remove(Event event, Instant at) {
		EventSnapshot before = this.revisions.snapshot(event, false);
		this.revisions.lock(event);
		this.tallies.move(EventTallies.keys(event), List.of());
		this.provenance.retireClaimsOf(new Subject(SubjectType.EVENT, event.getId()), at);
		event.markDeleted(at);
		this.revisions.touch(event);
		this.revisions.record(event, "deleted", before, this.revisions.snapshot(event, true));
		recordChange(event, event.isPublished() || event.wasPublishedOnce(), List.of(), null, null);
	}

	/** With the claims deleted with it; not while an actor taking part has been deleted since. */
	@Override
	protected EventDetail restore(String slug, long id) {
		List<Long> participants = this.events.findActorIdsOfEvent(id);
		List<String> deletedActors = participants.isEmpty() ? List.of()
				: this.actors.findSubjects(participants).stream().filter(Subjects.Row::deleted).map(Subjects.Row::slug)
					.sorted().toList();
		if (!deletedActors.isEmpty()) {
			throw new ConflictException("Event '" + slug + "' has participants deleted since it was: "
					+ String.join(", ", deletedActors) + "; restore them first");
		}
		this.provenance.reinstateClaimsOf(new Subject(SubjectType.EVENT, id));
		undelete(id);
		Event event = live(slug);
		this.revisions.touch(event);
		this.tallies.move(List.of(), EventTallies.keys(event));
		this.revisions.record(event, "restored", this.revisions.snapshot(event, true),
				this.revisions.snapshot(event, false));
		recordChange(event, event.isPublished() || event.wasPublishedOnce(), List.of(), null, null);
		return view(event);
	}

	/**
	 * Records the cache tags of an event write. The event itself and the appearances of its actors
	 * always change (actor pages list it; the actors themselves do not, so other events showing their
	 * names stay). Lists, topic counts and stats change only when what they select, order or count by
	 * changed: its life, title, kind, date, topics or participants ({@code before} and {@code after}
	 * null: it was created, deleted or restored); then lists filtered by a topic, actor or kind it had
	 * or has change too ({@link #selectors}). A changed summary only reaches text searches, which hear
	 * of all of these through the trigrams of its texts ({@link EventCatalog#selectedByText}).
	 * {@code seen}: whether the public saw the event before or after the write (a deletion or restore
	 * of a draft it saw is a change: syncs list the event as gone).
	 */
	private void recordChange(Event event, boolean seen, List<String> selectorsBefore, EventSnapshot before,
			EventSnapshot after) {
		this.storeChanges.seenByPublic(seen);
		List<String> tags = new ArrayList<>(List.of(appearances(event)));
		tags.add(StoreChange.EVENTS_EDITED);
		if (before == null || after == null || reselects(before, after)) {
			tags.addAll(List.of(StoreChange.EVENTS, "topics", "stats"));
			tags.addAll(selectorsBefore);
			tags.addAll(selectors(event));
			tags.addAll((before == null || after == null) ? EventCatalog.textTags(event.getTitle(), event.getSummary())
					: EventCatalog.textTags(before.title(), before.summary(), after.title(), after.summary()));
		}
		else if (!before.summary().equals(after.summary())) {
			// Its title matches a search as before: only its summary can move it in or out of one.
			tags.add(StoreChange.EVENTS_TEXT);
			tags.addAll(EventCatalog.textTags(before.summary(), after.summary()));
		}
		this.storeChanges.record(tags.toArray(String[]::new));
	}

	/** The tags of the lists filtered by one of the event's topics, actors or its kind. */
	private static List<String> selectors(Event event) {
		List<String> tags = new ArrayList<>();
		tags.add(EventCatalog.selectedByKind(event.getKind()));
		event.getTopics().forEach(topic -> tags.add(EventCatalog.selectedByTopic(topic.getSlug())));
		event.getParticipants().forEach(p -> tags.add(EventCatalog.selectedByActor(p.getActor().getSlug())));
		return tags;
	}

	private static boolean reselects(EventSnapshot before, EventSnapshot after) {
		return before.state() != after.state() || !before.title().equals(after.title()) || before.kind() != after.kind()
				|| !before.date().equals(after.date()) || !before.topics().equals(after.topics())
				|| !before.participants().equals(after.participants());
	}

	private static String[] appearances(Event event) {
		List<String> tags = new ArrayList<>(List.of("event:" + event.getId()));
		event.getParticipants().forEach(p -> tags.add(StoreChange.contents("actor:" + p.getActor().getId())));
		return tags.toArray(String[]::new);
	}

	private void apply(Event event, EventRequest request, Resolved resolved) {
		EventRequest.DateRequest date = request.date();
		event.update(request.title().strip(), request.summary().strip(), request.kind(),
				new EventDate(date.start(), date.end(), date.precision()), Text.blankToNull(request.location()),
				new LinkedHashSet<>(resolved.topics()));
		if (request.state() != null) {
			event.changeState(request.state());
		}
		event.replaceParticipants(request.participantList()
			.stream()
			.map(p -> new Participant(event, resolved.actors().get(p.actor()), p.role().strip(), p.side()))
			.toList());
	}

	/** Bean Validation plus the rules of the domain; every violation is reported at once. */
	private Resolved validate(EventRequest request, String existingSlug) {
		Violations violations = checkSlugged(request, request.slug(), existingSlug);
		EventRequest.DateRequest date = request.date();
		if (date != null && date.start() != null && date.precision() != null) {
			EventDate.check(date.start(), date.end(), date.precision(), "date.start", "date.end", violations::add);
		}
		List<String> topicSlugs = request.topicSlugs().stream().filter(s -> s != null).toList();
		List<Topic> topics = topicSlugs.isEmpty() ? List.of() : this.topics.findBySlugIn(topicSlugs);
		Set<String> knownTopics = topics.stream().map(Topic::getSlug).collect(Collectors.toSet());
		for (int i = 0; i < topicSlugs.size(); i++) {
			if (!knownTopics.contains(topicSlugs.get(i))) {
				violations.add("topics[" + i + "]", "Unknown topic '" + topicSlugs.get(i) + "'; see /api/v1/topics");
			}
		}
		List<EventRequest.ParticipantRequest> participants = request.participantList();
		Set<String> actorSlugs = participants.stream()
			.filter(p -> p != null && p.actor() != null)
			.map(EventRequest.ParticipantRequest::actor)
			.collect(Collectors.toSet());
		Map<String, Actor> actors = actorSlugs.isEmpty() ? Map.of()
				: this.actors.findBySlugIn(actorSlugs).stream().collect(Collectors.toMap(Actor::getSlug, a -> a));
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < participants.size(); i++) {
			EventRequest.ParticipantRequest p = participants.get(i);
			if (p == null || p.actor() == null) {
				continue;
			}
			if (!actors.containsKey(p.actor())) {
				violations.add("participants[" + i + "].actor", "Unknown actor '" + p.actor() + "'; see /api/v1/actors");
			}
			else if (!seen.add(p.actor())) {
				violations.add("participants[" + i + "].actor", "Actor '" + p.actor() + "' is listed twice");
			}
		}
		violations.throwIfAny();
		return new Resolved(topics, actors);
	}

	private record Resolved(List<Topic> topics, Map<String, Actor> actors) {
	}

}
