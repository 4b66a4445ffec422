package org.tradeline.actor;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.NativeQuery;
import org.springframework.data.repository.Repository;
import org.tradeline.provenance.Subjects;
import org.tradeline.store.SlugRow;

public interface ActorRepository extends Repository<Actor, Long> {

	boolean existsBySlug(String slug);

	List<Actor> findBySlugIn(Collection<String> slugs);

	/** The live actors among these. */
	List<Actor> findByIdIn(Collection<Long> ids);

	Optional<Actor> findBySlug(String slug);

	Page<Actor> findAll(Pageable pageable);

	Actor save(Actor actor);

	void flush();

	/** The actor with this slug, deleted or not. */
	@NativeQuery("select id, deleted_at is not null as deleted from actor where slug = :slug")
	Optional<SlugRow> findAnyBySlug(String slug);

	/** Actors as claims name them, deleted or not. */
	@NativeQuery("select id, slug, name, deleted_at is not null as deleted from actor where id in (:ids)")
	List<Subjects.Row> findSubjects(Collection<Long> ids);

	@NativeQuery("select id from actor where slug = :slug and deleted_at is null")
	Optional<Long> findLiveId(String slug);

	@NativeQuery("select deleted_at from actor where id = :id")
	Optional<Instant> findDeletedAt(long id);

	@NativeQuery("select id from actor where id in (:ids) order by id for update")
	List<Long> lock(Collection<Long> ids);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@NativeQuery("update actor set deleted_at = null, version = version + 1, updated_at = :now where id = :id")
	int restore(long id, Timestamp now);

}
