package org.tradeline.stats;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Stats")
class StatsController {

	private final StatsQueries queries;

	StatsController(StatsQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/api/v1/stats")
	@Operation(operationId = "getStats", summary = "Counts, disputes and figure series for dashboards")
	Stats stats() {
		return this.queries.stats();
	}

}
