package org.tradeline.event.lookup;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tradeline.event.EventReferences;
import org.tradeline.event.EventRepository;

@Component
@Transactional(readOnly = true)
class EventSlugs implements EventReferences {

	private final EventRepository events;

	EventSlugs(EventRepository events) {
		this.events = events;
	}

	@Override
	public Optional<Long> liveId(String slug) {
		return this.events.findLiveId(slug);
	}

	@Override
	public Map<Long, String> liveSlugs(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.events.findSlugs(ids)
			.stream()
			.collect(Collectors.toMap(EventRepository.SlugOfId::id, EventRepository.SlugOfId::slug));
	}

	@Override
	public List<String> liveDrafts(Collection<String> slugs) {
		return slugs.isEmpty() ? List.of() : this.events.findDraftSlugs(slugs);
	}

	@Override
	public String unused(String slug) {
		Set<String> taken = new HashSet<>(this.events.findSlugsLike(slug, slug + "-%"));
		if (!taken.contains(slug)) {
			return slug;
		}
		for (int n = 2;; n++) {
			if (!taken.contains(slug + "-" + n)) {
				return slug + "-" + n;
			}
		}
	}

}
