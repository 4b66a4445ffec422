package org.tradeline.event;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tradeline.event.EventViews.EventDetail;
import org.tradeline.event.EventViews.EventSummary;
import org.tradeline.system.PageResponse;

@RestController
@Tag(name = "Events", description = "Timeline events, filtered, sorted and paged")
@RequestMapping("/api/v1/events")
class EventController {

	private final EventCatalog catalog;

	EventController(EventCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping
	@Operation(operationId = "listEvents", summary = "List events")
	PageResponse<EventSummary> list(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String topic, @RequestParam(required = false) String actor,
			@RequestParam(required = false) String kind, @RequestParam(required = false) String q,
			@RequestParam(required = false) Boolean disputed, @RequestParam(required = false) String sort,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return this.catalog.find(EventQuery.of(from, to, topic, actor, kind, q, disputed, sort, page, size));
	}

	@GetMapping("/{slug}")
	@Operation(operationId = "getEvent", summary = "Get one event with its claims and disputes")
	EventDetail get(@PathVariable String slug) {
		return this.catalog.get(slug);
	}

}
