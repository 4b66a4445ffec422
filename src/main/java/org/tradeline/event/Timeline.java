package org.tradeline.event;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tradeline.cache.ReadDependencies;
import org.tradeline.problem.InvalidParameterException;
import org.tradeline.problem.NotFoundException;
import org.tradeline.provenance.Provenance;
import org.tradeline.provenance.SubjectProvenance;
import org.tradeline.provenance.SubjectType;
import org.tradeline.store.StoreChange;

/**
 * The whole filtered timeline with provenance, for exports and the embeddable page. Uses the same
 * query and specifications as {@code GET /api/v1/events}, and a constant number of statements per
 * batch of 100 events whatever the size.
 */
@Service
@Transactional(readOnly = true)
@EnableConfigurationProperties(TimelineProperties.class)
public class Timeline {

	private final EventRepository events;

	private final EventCatalog catalog;

	private final Provenance provenance;

	private final int limit;

	/**
	 * Exports are unpaged, so they are capped (tradeline.export.max-events): a filter matching
	 * more is rejected with 400 rather than silently truncated, because a newsroom would not notice
	 * missing rows. The cap also bounds the id lists the provenance queries take.
	 */
	Timeline(EventRepository events, EventCatalog catalog, Provenance provenance,
			TimelineProperties properties) {
		this.events = events;
		this.catalog = catalog;
		this.provenance = provenance;
		this.limit = properties.maxEvents();
	}

	/** Every event matching the filter, in the filter's order (oldest first by default). */
	public List<TimelineEntry> entries(EventFilter filter) {
		EventQuery query = EventQuery.of(filter);
		// The rows' own tags come with their provenance.
		EventCatalog.dependOnSelection(query);
		List<Event> found = find(query, query.sort(), this.limit + 1);
		if (found.size() > this.limit) {
			throw tooMany();
		}
		return entries(found);
	}

	private InvalidParameterException tooMany() {
		return new InvalidParameterException("filters",
				"More than " + this.limit + " events match; narrow the export with from, to, topic, actor, kind or q");
	}

	/**
	 * Checks the filter exactly as {@link #entries} would (values, references, the cap) without
	 * loading the events: one count.
	 */
	public void check(EventFilter filter) {
		EventQuery query = EventQuery.of(filter);
		this.catalog.checkReferences(query);
		if (this.events.count(EventSpecifications.matching(query)) > this.limit) {
			throw tooMany();
		}
	}

	/** The most recently created or changed events matching the filter, newest change first. */
	public List<TimelineEntry> recentlyChanged(EventFilter filter, int limit) {
		EventQuery query = EventQuery.of(filter);
		EventCatalog.dependOnSelection(query);
		ReadDependencies.add(StoreChange.EVENTS_EDITED);
		return entries(find(query, Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("createdAt"),
				Sort.Order.asc("slug")), limit));
	}

	public TimelineEntry entry(String slug) {
		Event event = this.events.findBySlug(slug)
			.filter(Event::isPublished)
			.orElseThrow(() -> new NotFoundException("event", slug));
		EventCatalog.dependOnParticipants(event);
		return entries(List.of(event)).get(0);
	}

	private List<Event> find(EventQuery query, Sort sort, int limit) {
		this.catalog.checkReferences(query);
		return this.events.findBy(EventSpecifications.matching(query),
				q -> q.sortBy(sort).limit(limit).all());
	}

	private List<TimelineEntry> entries(List<Event> found) {
		Map<Long, SubjectProvenance> provenance = this.provenance.forSubjects(SubjectType.EVENT,
				found.stream().map(Event::getId).toList());
		return found.stream().map(e -> entry(e, provenance.getOrDefault(e.getId(), SubjectProvenance.NONE))).toList();
	}

	private static TimelineEntry entry(Event event, SubjectProvenance provenance) {
		List<TimelineEntry.TopicRef> topics = event.getTopics()
			.stream()
			.map(t -> new TimelineEntry.TopicRef(t.getSlug(), t.getName()))
			.toList();
		List<TimelineEntry.ParticipantRef> participants = event.getParticipants()
			.stream()
			.map(p -> new TimelineEntry.ParticipantRef(p.getActor().getSlug(), p.getActor().getName(), p.getRole(),
					p.getSide()))
			.toList();
		return new TimelineEntry(event.getSlug(), event.getTitle(), event.getSummary(), event.getKind(),
				event.getDate(), event.getLocation(), topics, participants, provenance.claims(), provenance.disputes(),
				event.getCreatedAt(), event.getUpdatedAt());
	}

}
