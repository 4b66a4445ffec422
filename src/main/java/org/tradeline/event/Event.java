package org.tradeline.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import org.hibernate.annotations.SQLRestriction;
import org.tradeline.calendar.DatePrecision;
import org.tradeline.store.PublicationState;
import org.tradeline.store.Tracked;
import org.tradeline.topic.Topic;

/** A dated development in the talks. What the sources say about it lives in its claims. */
// Soft-deleted rows are invisible to every JPA read; restores go through native updates.
@Entity
@SQLRestriction("deleted_at is null")
@Table(name = "event")
public class Event extends Tracked {

	private String slug;

	private String title;

	private String summary;

	@Enumerated(EnumType.STRING)
	private EventKind kind;

	@Column(name = "start_date")
	private LocalDate startDate;

	@Column(name = "end_date")
	private LocalDate endDate;

	@Enumerated(EnumType.STRING)
	@Column(name = "date_precision")
	private DatePrecision precision;

	private String location;

	@Enumerated(EnumType.STRING)
	private PublicationState state = PublicationState.PUBLISHED;

	// Only an event the public saw leaves a tombstone in syncs and the change feed when it leaves
	// the public view (deletion, or a return to draft): a never-published draft stays unknown.
	@Column(name = "published_once")
	private boolean publishedOnce;

	@ManyToMany
	@JoinTable(name = "event_topic", joinColumns = @JoinColumn(name = "event_id"),
			inverseJoinColumns = @JoinColumn(name = "topic_id"))
	@OrderBy("slug")
	private Set<Topic> topics = new LinkedHashSet<>();

	@OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<Participant> participants = new ArrayList<>();

	protected Event() {
	}

	Event(String slug) {
		this.slug = slug;
	}

	/** Everything but the slug, which identifies the event in URLs and claims. */
	void update(String title, String summary, EventKind kind, EventDate date, String location, Set<Topic> topics) {
		if (date.end() != null && date.end().isBefore(date.start())) {
			throw new IllegalArgumentException("An event cannot end before it starts");
		}
		this.title = title;
		this.summary = summary;
		this.kind = kind;
		this.startDate = date.start();
		this.endDate = date.end();
		this.precision = date.precision();
		this.location = location;
		// In the order a reload gives (@OrderBy slug), so the representation answered now, and its
		// ETag, equal what the next read computes whatever order the topics were resolved in.
		this.topics.clear();
		topics.stream().sorted(Comparator.comparing(Topic::getSlug)).forEach(this.topics::add);
	}

	/** Keeps participants that stay (updating role and side), drops the others, adds new ones. */
	void replaceParticipants(List<Participant> wanted) {
		this.participants.removeIf(p -> wanted.stream().noneMatch(w -> w.getActor().getId().equals(p.getActor().getId())));
		for (Participant w : wanted) {
			this.participants.stream()
				.filter(p -> p.getActor().getId().equals(w.getActor().getId()))
				.findFirst()
				.ifPresentOrElse(p -> p.update(w.getRole(), w.getSide()), () -> this.participants.add(w));
		}
	}

	/** Drafts are seen by editors only; publishing makes the event and its published claims public. */
	void changeState(PublicationState state) {
		this.state = state;
		notePublication();
	}

	/** Whether the public ever saw it: published now or before. */
	boolean wasPublishedOnce() {
		return this.publishedOnce;
	}

	/** Whether the public saw it and sees it no more (a draft again): a tombstone in syncs and feeds. */
	public boolean isWithdrawn() {
		return this.publishedOnce && !isPublished();
	}

	@PrePersist
	private void notePublication() {
		this.publishedOnce |= isPublished();
	}

	public void markChanged(Instant at) {
		changedAt(at);
	}

	String getSlug() {
		return this.slug;
	}

	String getTitle() {
		return this.title;
	}

	String getSummary() {
		return this.summary;
	}

	EventKind getKind() {
		return this.kind;
	}

	EventDate getDate() {
		return new EventDate(this.startDate, this.endDate, this.precision);
	}

	String getLocation() {
		return this.location;
	}

	PublicationState getState() {
		return this.state;
	}

	boolean isPublished() {
		return this.state == PublicationState.PUBLISHED;
	}

	Set<Topic> getTopics() {
		return this.topics;
	}

	List<Participant> getParticipants() {
		return this.participants;
	}

}
