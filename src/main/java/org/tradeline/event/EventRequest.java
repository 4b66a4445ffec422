package org.tradeline.event;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.tradeline.calendar.DatePrecision;
import org.tradeline.store.PublicationState;
import org.tradeline.topic.Topic;
import org.tradeline.web.Characters;
import org.tradeline.web.Text;

/**
 * An event as written: the read shape without what is computed (labels, claims, disputes). topics
 * are topic slugs; participants name actors by slug. The slug is fixed once the event exists. state
 * left out is published for a new event (clients written before drafts existed read back what they
 * create) and unchanged for a replaced one. A topic's bound is @Size, which springdoc states for a
 * list's items (it does not see @Characters there): a topic slug is ASCII, so it counts the same.
 */
public record EventRequest(@NotBlank @Characters(max = 120) String slug, @NotBlank @Characters(max = 200) String title,
		@NotBlank @Characters(max = 2000) String summary, @NotNull EventKind kind, @NotNull @Valid DateRequest date,
		@Characters(max = 200) String location, @Size(max = 20) List<@NotBlank @Size(max = 80) String> topics,
		@Size(max = 50) List<@NotNull @Valid ParticipantRequest> participants, PublicationState state) {

	/** start is the first day the precision allows: mid-month starts on day 11, late-month on day 21. */
	public record DateRequest(@NotNull LocalDate start, LocalDate end, @NotNull DatePrecision precision) {
	}

	public record ParticipantRequest(@NotBlank @Characters(max = 120) String actor,
			@NotBlank @Characters(max = 200) String role, @NotNull Side side) {
	}

	List<String> topicSlugs() {
		return (this.topics != null) ? this.topics : List.of();
	}

	List<ParticipantRequest> participantList() {
		return (this.participants != null) ? this.participants : List.of();
	}

	/**
	 * This request as an event keeps it (see {@code ResourceWrites.asWritten}): its state left out
	 * being current, its topics a set, read in the order of their slugs, and its participants a set
	 * keyed by actor (one actor takes part once), in the order the event keeps them: the actors it has,
	 * in its order, then new ones as listed. Participants sent in another order change nothing.
	 */
	EventRequest asWritten(PublicationState current, List<String> actorsInOrder) {
		List<String> topics = topicSlugs().stream().sorted(Comparator.nullsFirst(Comparator.naturalOrder())).toList();
		Comparator<ParticipantRequest> kept = Comparator.comparingInt(p -> {
			int at = (p != null) ? actorsInOrder.indexOf(p.actor()) : -1;
			return (at >= 0) ? at : Integer.MAX_VALUE;
		});
		List<ParticipantRequest> participants = participantList().stream()
			.map(p -> (p != null) ? new ParticipantRequest(p.actor(), Text.strip(p.role()), p.side()) : null)
			.sorted(kept)
			.toList();
		return new EventRequest(this.slug, Text.strip(this.title), Text.strip(this.summary), this.kind, this.date,
				Text.blankToNull(this.location), topics, participants, (this.state != null) ? this.state : current);
	}

	EventRequest withParticipants(List<ParticipantRequest> participants) {
		return new EventRequest(this.slug, this.title, this.summary, this.kind, this.date, this.location, this.topics,
				participants, this.state);
	}

	/** The request that would write the event as it is. */
	public static EventRequest of(Event event) {
		EventDate date = event.getDate();
		return new EventRequest(event.getSlug(), event.getTitle(), event.getSummary(), event.getKind(),
				new EventRequest.DateRequest(date.start(), date.end(), date.precision()), event.getLocation(),
				event.getTopics().stream().map(Topic::getSlug).toList(),
				event.getParticipants()
					.stream()
					.map(p -> new EventRequest.ParticipantRequest(p.getActor().getSlug(), p.getRole(), p.getSide()))
					.toList(),
				event.getState());
	}

}
