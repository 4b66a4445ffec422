package org.tradeline.store;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.NoRepositoryBean;
import org.springframework.data.repository.Repository;

/**
 * The revision history of one kind of resource, each revision numbered from 1 per owner.
 * @param <T> the revision entity
 */
@NoRepositoryBean
public interface RevisionRepository<T extends Revision> extends Repository<T, Long> {

	T save(T revision);

	Page<T> findByOwnerId(long ownerId, Pageable pageable);

	Optional<T> findByOwnerIdAndNumber(long ownerId, int number);

	@Query("select coalesce(max(r.number), 0) from #{#entityName} r where r.ownerId = :ownerId")
	int lastNumber(long ownerId);

}
