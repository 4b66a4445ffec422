package org.tradeline.topic;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.NativeQuery;
import org.springframework.data.repository.Repository;

public interface TopicRepository extends Repository<Topic, Long> {

	boolean existsBySlug(String slug);

	List<Topic> findBySlugIn(java.util.Collection<String> slugs);

	Page<Topic> findAll(Pageable pageable);

	// Native, over the join table, so that topics need not know the event feature; deleted events do not count.
	@NativeQuery("select et.topic_id, count(*) from event_topic et join event e on e.id = et.event_id "
			+ "where et.topic_id in (:ids) and e.deleted_at is null group by et.topic_id")
	List<Object[]> countEvents(List<Long> ids);

}
