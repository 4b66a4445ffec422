package org.tradeline.event;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.tradeline.calendar.DatePrecision;

/**
 * An event as written: the read shape without what is computed (labels, claims, disputes). topics
 * are topic slugs; participants name actors by slug. The slug is fixed once the event exists.
 */
record EventRequest(@NotBlank @Size(max = 120) String slug, @NotBlank @Size(max = 200) String title,
		@NotBlank @Size(max = 2000) String summary, @NotNull EventKind kind, @NotNull @Valid DateRequest date,
		@Size(max = 200) String location, @Size(max = 20) List<@NotBlank @Size(max = 80) String> topics,
		@Size(max = 50) List<@NotNull @Valid ParticipantRequest> participants) {

	/** start is the first day the precision allows: mid-month starts on day 11, late-month on day 21. */
	record DateRequest(@NotNull LocalDate start, LocalDate end, @NotNull DatePrecision precision) {
	}

	record ParticipantRequest(@NotBlank @Size(max = 120) String actor, @NotBlank @Size(max = 200) String role,
			@NotNull Side side) {
	}

	List<String> topicSlugs() {
		return (this.topics != null) ? this.topics : List.of();
	}

	List<ParticipantRequest> participantList() {
		return (this.participants != null) ? this.participants : List.of();
	}

}
