package org.tradeline.topic;

import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tradeline.system.PageResponse;
import org.tradeline.system.Paging;
import org.tradeline.system.ReadDependencies;

@RestController
@Tag(name = "Topics", description = "Subjects events are filed under")
@RequestMapping("/api/v1/topics")
class TopicController {

	private final TopicRepository topics;

	TopicController(TopicRepository topics) {
		this.topics = topics;
	}

	@GetMapping
	@Operation(operationId = "listTopics", summary = "List topics")
	PageResponse<TopicView> list(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		ReadDependencies.add("topics");
		Page<Topic> found = this.topics.findAll(Paging.of(page, size).pageable(Sort.by("slug")));
		Map<Long, Long> counts = found.isEmpty() ? Map.of()
				: this.topics.countEvents(found.getContent().stream().map(Topic::getId).toList())
					.stream()
					.collect(Collectors.toMap(r -> ((Number) r[0]).longValue(), r -> ((Number) r[1]).longValue()));
		return PageResponse.of(found, t -> new TopicView(t.getSlug(), t.getName(), t.getDescription(),
				counts.getOrDefault(t.getId(), 0L)));
	}

	record TopicView(String slug, String name, String description, long eventCount) {
	}

}
