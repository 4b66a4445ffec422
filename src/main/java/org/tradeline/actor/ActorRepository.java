package org.tradeline.actor;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.NativeQuery;
import org.tradeline.provenance.subject.Subjects;
import org.tradeline.store.SluggedRepository;

public interface ActorRepository extends SluggedRepository<Actor> {

	boolean existsBySlug(String slug);

	List<Actor> findBySlugIn(Collection<String> slugs);

	/** The live actors among these. */
	List<Actor> findByIdIn(Collection<Long> ids);

	Page<Actor> findAll(Pageable pageable);

	/** Actors as claims name them, deleted or not. */
	@NativeQuery("select id, slug, name, deleted_at is not null as deleted from actor where id in (:ids)")
	List<Subjects.Row> findSubjects(Collection<Long> ids);

}
