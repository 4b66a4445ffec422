package org.tradeline.event;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.criteria.Expression;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tradeline.cache.ReadDependencies;
import org.tradeline.cache.ViewCache;
import org.tradeline.event.revision.EventRevisions;
import org.tradeline.problem.InvalidParameterException;
import org.tradeline.problem.NotFoundException;
import org.tradeline.provenance.AsOf;
import org.tradeline.provenance.ClaimScope;
import org.tradeline.provenance.ClaimView;
import org.tradeline.provenance.DisputeView;
import org.tradeline.provenance.Provenance;
import org.tradeline.provenance.SubjectProvenance;
import org.tradeline.provenance.subject.Subject;
import org.tradeline.provenance.subject.SubjectType;
import org.tradeline.store.StoreChange;
import org.tradeline.store.SyncRows;
import org.tradeline.web.paging.SyncWindow;

/**
 * The whole filtered timeline with provenance, for exports and the embeddable page. Uses the same
 * query and specifications as {@code GET /api/v1/events}, and a constant number of statements per
 * batch of 100 events whatever the size. Each event's entry is kept in the {@link ViewCache} until
 * a write changes what it was built from, so an answer a write dropped rebuilds only the entries
 * that write changed.
 */
@Service
@Transactional(readOnly = true)
@EnableConfigurationProperties(Timeline.Limits.class)
public class Timeline {

	private static final String TABLE = "event";

	private final EventRepository events;

	private final EventCatalog catalog;

	private final Provenance provenance;

	private final int limit;

	private final SyncRows syncRows;

	private final ViewCache views;

	private final EventRevisions revisions;

	/**
	 * Exports are unpaged, so they are capped (tradeline.export.max-events): a filter matching
	 * more is rejected with 400 rather than silently truncated, because a newsroom would not notice
	 * missing rows. The cap also bounds the id lists the provenance queries take.
	 */
	Timeline(EventRepository events, EventCatalog catalog, Provenance provenance, Limits properties,
			SyncRows syncRows, ViewCache views, EventRevisions revisions) {
		this.events = events;
		this.revisions = revisions;
		this.syncRows = syncRows;
		this.views = views;
		this.catalog = catalog;
		this.provenance = provenance;
		this.limit = properties.maxEvents();
	}

	/**
	 * Every event matching the filter, in the filter's order (oldest first by default); as of a day
	 * (asOf not null), only those reported by then, with the claims and disputes in print by then.
	 */
	public List<TimelineEntry> entries(EventFilter filter, AsOf asOf) {
		long mark = this.views.mark();
		EventQuery query = EventQuery.of(filter).asOf(asOf);
		// The rows' own tags come with their provenance.
		EventCatalog.dependOnSelection(query);
		List<Event> found = find(query, query.sort(), this.limit + 1);
		if (found.size() > this.limit) {
			throw tooMany();
		}
		return entries(found, asOf, mark);
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

	/**
	 * A page of the change feed: the events matching the filter as they are now, and the deletions
	 * of events (whatever they matched: a deleted event matches no filter), newest change first,
	 * changed before the cursor (from the newest when null). Both come from index ranges of at most
	 * one page and one row each, merged here in the order of change and id.
	 */
	public TimelineChange.Page changes(EventFilter filter, SyncWindow.Cursor before, int size, AsOf asOf) {
		long mark = this.views.mark();
		EventQuery query = EventQuery.of(filter).asOf(asOf);
		EventCatalog.dependOnSelection(query);
		// Every write to an event or its claims, a deletion included, moves it to the top.
		ReadDependencies.add(StoreChange.EVENTS_EDITED);
		this.catalog.checkReferences(query);
		Specification<Event> changedBefore = (before == null) ? EventSpecifications.matching(query)
				: EventSpecifications.matching(query).and(changedBefore(before));
		List<Event> live = this.events.findBy(changedBefore,
				q -> q.sortBy(Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id"))).limit(size + 1).all());
		List<SyncRows.Row> deleted = this.syncRows.backward(TABLE, "slug", EventCatalog.PUBLIC_VIEW,
				(before != null) ? before.updatedAt() : null, (before != null) ? before.id() : 0, SyncRows.Rows.LEFT,
				size + 1);
		record Placed(Instant at, long id, Event event, SyncRows.Row deletion) {
		}
		List<Placed> merged = new ArrayList<>();
		live.forEach(event -> merged.add(new Placed(event.getUpdatedAt(), event.getId(), event, null)));
		deleted.forEach(row -> merged.add(new Placed(row.updatedAt(), row.id(), null, row)));
		merged.sort(Comparator.comparing(Placed::at).thenComparingLong(Placed::id).reversed());
		List<Placed> page = merged.subList(0, Math.min(size, merged.size()));
		SyncWindow.Cursor next = (merged.size() > size)
				? new SyncWindow.Cursor(page.get(size - 1).at(), page.get(size - 1).id()) : null;
		Map<Long, TimelineEntry> entries = new HashMap<>();
		List<Event> shown = page.stream().filter(p -> p.event() != null).map(Placed::event).toList();
		List<TimelineEntry> built = entries(shown, asOf, mark);
		for (int i = 0; i < shown.size(); i++) {
			entries.put(shown.get(i).getId(), built.get(i));
		}
		List<TimelineChange> changes = page.stream()
			.<TimelineChange>map(p -> (p.event() != null) ? entries.get(p.id())
					: new TimelineChange.Deletion(p.deletion().key(), p.deletion().goneAt(), p.at()))
			.toList();
		return new TimelineChange.Page(changes, next, query.canonicalFilters());
	}

	private static Specification<Event> changedBefore(SyncWindow.Cursor cursor) {
		return (root, criteria, cb) -> {
			Expression<Instant> at = root.get("updatedAt");
			return cb.or(cb.lessThan(at, cursor.updatedAt()),
					cb.and(cb.equal(at, cursor.updatedAt()), cb.lessThan(root.get("id"), cursor.id())));
		};
	}

	/** A draft is not found, nor, as of a day, an event no source in print by then reports. */
	public TimelineEntry entry(String slug, AsOf asOf) {
		long mark = this.views.mark();
		Event event = this.events.findBySlug(slug)
			.filter(Event::isPublished)
			.orElseThrow(() -> new NotFoundException("event", slug));
		EventCatalog.dependOnParticipants(event);
		TimelineEntry entry = entries(List.of(event), asOf, mark).get(0);
		if (asOf != null && entry.claims().isEmpty()) {
			throw new NotFoundException("event", slug);
		}
		return entry;
	}

	private List<Event> find(EventQuery query, Sort sort, int limit) {
		this.catalog.checkReferences(query);
		return this.events.findBy(EventSpecifications.matching(query),
				q -> q.sortBy(sort).limit(limit).all());
	}

	/**
	 * The events' entries: those kept in the view cache, and the others built (in one batch) and
	 * kept. {@code mark} was taken before the events were read, so an entry built from an event a
	 * write changed meanwhile is not kept. Entries as of a day are built every time.
	 */
	private List<TimelineEntry> entries(List<Event> found, AsOf asOf, long mark) {
		if (asOf != null) {
			return build(found, asOf);
		}
		Map<Long, TimelineEntry> entries = new HashMap<>();
		List<Event> missing = new ArrayList<>();
		for (Event event : found) {
			TimelineEntry kept = this.views.get(viewKey(event.getId()), TimelineEntry.class);
			if (kept != null) {
				entries.put(event.getId(), kept);
			}
			else {
				missing.add(event);
			}
		}
		List<TimelineEntry> built = build(missing, null);
		for (int i = 0; i < missing.size(); i++) {
			long id = missing.get(i).getId();
			TimelineEntry entry = built.get(i);
			entries.put(id, entry);
			this.views.put(viewKey(id), entry, weigh(entry),
					Provenance.dependencies(new Subject(SubjectType.EVENT, id), entry.claims()), mark);
		}
		return found.stream().map(event -> entries.get(event.getId())).toList();
	}

	private static String viewKey(long eventId) {
		return "timeline-entry:" + eventId;
	}

	/**
	 * What an entry costs on the heap, roughly: its records and lists, and the strings it holds alone
	 * at two bytes a char. Names of topics, actors, attributes and sources are shared with the other
	 * entries built with it (one entity each), so only their references are counted.
	 */
	private static int weigh(TimelineEntry entry) {
		long bytes = 160 + strings(entry.slug(), entry.title(), entry.summary(), entry.location(), entry.date().label());
		bytes += 32L * entry.topics().size();
		for (TimelineEntry.ParticipantRef participant : entry.participants()) {
			// Dispute ids are the disputes' own strings.
			bytes += 56 + strings(participant.role()) + 8L * participant.disputes().size();
		}
		for (ClaimView claim : entry.claims()) {
			bytes += 112 + strings(claim.value(), claim.valueLabel(), claim.excerpt(), claim.source().citation());
		}
		for (DisputeView dispute : entry.disputes()) {
			bytes += 96 + strings(dispute.id());
			for (DisputeView.Position position : dispute.positions()) {
				bytes += 48 + 40L * position.claims().size();
			}
		}
		return (int) Math.min(Integer.MAX_VALUE, bytes);
	}

	private static long strings(String... values) {
		long bytes = 0;
		for (String value : values) {
			bytes += (value != null) ? 40 + 2L * value.length() : 0;
		}
		return bytes;
	}

	private List<TimelineEntry> build(List<Event> found, AsOf asOf) {
		if (found.isEmpty()) {
			return List.of();
		}
		List<Long> ids = found.stream().map(Event::getId).toList();
		Map<Long, SubjectProvenance> provenance = this.provenance.forSubjects(SubjectType.EVENT, ids,
				ClaimScope.asOf(asOf));
		Map<Long, Instant> published = this.revisions.firstPublications(ids);
		return found.stream()
			.map(e -> entry(e, provenance.getOrDefault(e.getId(), SubjectProvenance.NONE),
					published.getOrDefault(e.getId(), e.getCreatedAt())))
			.toList();
	}

	private static TimelineEntry entry(Event event, SubjectProvenance provenance, Instant publishedAt) {
		List<TimelineEntry.TopicRef> topics = event.getTopics()
			.stream()
			.map(t -> new TimelineEntry.TopicRef(t.getSlug(), t.getName()))
			.toList();
		List<TimelineEntry.ParticipantRef> participants = event.getParticipants()
			.stream()
			.map(p -> new TimelineEntry.ParticipantRef(p.getActor().getSlug(), p.getActor().getName(),
					p.getActor().getKind(), p.getRole(), p.getSide(),
					p.disputes(provenance.disputes()).stream().map(DisputeView::id).toList()))
			.toList();
		return new TimelineEntry(event.getSlug(), event.getTitle(), event.getSummary(), event.getKind(),
				event.getDate(), event.getLocation(), topics, participants, provenance.claims(), provenance.disputes(),
				event.getCreatedAt(), publishedAt, event.getUpdatedAt());
	}

	/**
	 * The cap on whole-timeline answers. Named among the export settings (tradeline.export.*) because
	 * exports and the embed page are what it bounds.
	 *
	 * @param maxEvents most events one export or embed page may hold; a filter matching more is refused
	 * with 400 rather than silently cut short
	 */
	@ConfigurationProperties("tradeline.export")
	record Limits(@DefaultValue("10000") int maxEvents) {

		Limits {
			if (maxEvents < 1) {
				throw new IllegalArgumentException("tradeline.export.max-events must be at least 1");
			}
		}

	}

}
