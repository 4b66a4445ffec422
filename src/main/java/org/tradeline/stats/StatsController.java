package org.tradeline.stats;


import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class StatsController {

	private final StatsQueries queries;

	StatsController(StatsQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/api/v1/stats")
	Stats stats() {
		return this.queries.stats();
	}

}
