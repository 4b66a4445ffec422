package org.tradeline.store;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.NativeQuery;
import org.springframework.data.repository.NoRepositoryBean;
import org.springframework.data.repository.Repository;

/**
 * What the table of every slug-named {@link Tracked} resource answers the same way, deleted rows
 * included: native queries, as JPA reads do not see deleted rows. {@code #{#entityName}} is the
 * entity's name, which is also its table's.
 * @param <T> the stored entity
 */
@NoRepositoryBean
public interface SluggedRepository<T extends Tracked> extends Repository<T, Long> {

	/** The live resource with this slug. */
	Optional<T> findBySlug(String slug);

	T save(T entity);

	void flush();

	/** The row with this slug, deleted or not. */
	@NativeQuery("select id, deleted_at is not null as deleted from #{#entityName} where slug = :slug")
	Optional<SlugRow> findAnyBySlug(String slug);

	/** The same, locked for the transaction: a second restore at once waits, then finds it live. */
	@NativeQuery("select id, deleted_at is not null as deleted from #{#entityName} where slug = :slug for update")
	Optional<SlugRow> lockAnyBySlug(String slug);

	@NativeQuery("select id from #{#entityName} where slug = :slug and deleted_at is null")
	Optional<Long> findLiveId(String slug);

	@NativeQuery("select slug, id from #{#entityName} where slug in (:slugs) and deleted_at is null")
	List<SlugId> findLiveIds(Collection<String> slugs);

	/** The deleted ones among these rows, with when each was deleted, in one query. */
	@NativeQuery("select id, deleted_at from #{#entityName} where id in (:ids) and deleted_at is not null")
	List<Deletion> findDeletions(Collection<Long> ids);

	@NativeQuery("select id from #{#entityName} where id in (:ids) order by id for update")
	List<Long> lock(Collection<Long> ids);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@NativeQuery("update #{#entityName} set deleted_at = null, version = version + 1, updated_at = :now where id = :id")
	int restore(long id, Timestamp now);

}
