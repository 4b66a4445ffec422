package org.tradeline.event;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The filters of {@code GET /api/v1/events}, without paging, as other features take them (exports,
 * the embeddable page). Values arrive as text and are validated exactly as the list endpoint does.
 */
public record EventFilter(@Parameter(schema = @Schema(type = "string", format = "date")) String from,
		@Parameter(schema = @Schema(type = "string", format = "date")) String to, String topic, String actor,
		String kind, String q, @Parameter(schema = @Schema(type = "boolean")) String disputed, String sort) {

	public static final EventFilter NONE = new EventFilter(null, null, null, null, null, null, null, null);

	public EventFilter withSort(String sort) {
		return new EventFilter(this.from, this.to, this.topic, this.actor, this.kind, this.q, this.disputed, sort);
	}

}
