package org.tradeline.topic;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.repository.Repository;

public interface TopicRepository extends Repository<Topic, Long> {

	boolean existsBySlug(String slug);

	List<Topic> findBySlugIn(java.util.Collection<String> slugs);

	Page<Topic> findAll(Pageable pageable);

	List<Topic> findAll(Sort sort);

}
