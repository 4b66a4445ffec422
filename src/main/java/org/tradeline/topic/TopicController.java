package org.tradeline.topic;

import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tradeline.cache.ReadDependencies;
import org.tradeline.store.Tallies;
import org.tradeline.web.paging.PageResponse;
import org.tradeline.web.paging.Paging;

@RestController
@RequestMapping("/api/v1/topics")
class TopicController {

	private final TopicRepository topics;

	private final Tallies tallies;

	TopicController(TopicRepository topics, Tallies tallies) {
		this.topics = topics;
		this.tallies = tallies;
	}

	@GetMapping
	PageResponse<TopicView> list(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		ReadDependencies.add("topics");
		Page<Topic> found = this.topics.findAll(Paging.of(page, size).pageable(Sort.by("slug")));
		Map<String, Long> counts = this.tallies.read(Topic.EVENT_TALLY);
		return PageResponse.of(found, t -> new TopicView(t.getSlug(), t.getName(), t.getDescription(),
				counts.getOrDefault(String.valueOf(t.getId()), 0L)));
	}

	record TopicView(String slug, String name, String description, long eventCount) {
	}

}
