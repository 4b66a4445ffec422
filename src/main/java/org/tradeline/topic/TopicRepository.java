package org.tradeline.topic;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.NativeQuery;
import org.springframework.data.repository.Repository;

public interface TopicRepository extends Repository<Topic, Long> {

	boolean existsBySlug(String slug);

	Page<Topic> findAll(Pageable pageable);

	// Native, over the join table, so that topics need not know the event feature.
	@NativeQuery("select topic_id, count(*) from event_topic where topic_id in (:ids) group by topic_id")
	List<Object[]> countEvents(List<Long> ids);

}
