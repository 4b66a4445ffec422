package org.tradeline.store;

import java.util.Optional;

import org.springframework.data.jpa.repository.NativeQuery;
import org.springframework.data.repository.NoRepositoryBean;
import org.springframework.data.repository.Repository;

/**
 * How the table of every {@link Tracked} resource named by its id in URLs finds a row, live or
 * deleted too: the second natively, as JPA reads do not see deleted rows. {@code #{#entityName}} is
 * the entity's name, which is also its table's.
 * @param <T> the stored entity
 */
@NoRepositoryBean
public interface NumberedRepository<T extends Tracked> extends Repository<T, Long> {

	/** The live resource with this id. */
	Optional<T> findById(Long id);

	/** The row with this id, deleted or not. */
	@NativeQuery("select id, deleted_at is not null as deleted from #{#entityName} where id = :id")
	Optional<SlugRow> findAnyById(long id);

	/** The same, locked for the transaction: a second restore at once waits, then finds it live. */
	@NativeQuery("select id, deleted_at is not null as deleted from #{#entityName} where id = :id for update")
	Optional<SlugRow> lockAnyById(long id);

}
