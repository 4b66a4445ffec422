package org.tradeline.provenance;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

interface SourceRepository extends Repository<Source, Long> {

	Page<Source> findAll(Pageable pageable);

	Optional<Source> findById(Long id);

	Source save(Source source);

	void flush();

	@org.springframework.data.jpa.repository.NativeQuery("select count(*) from source where file_name = :fileName")
	long countByFileNameIncludingDeleted(@org.springframework.data.repository.query.Param("fileName") String fileName);

	@org.springframework.data.jpa.repository.NativeQuery("select deleted_at from source where id = :id")
	java.util.List<Object> findDeletedAt(@org.springframework.data.repository.query.Param("id") long id);

	@org.springframework.data.jpa.repository.Modifying(flushAutomatically = true, clearAutomatically = true)
	@org.springframework.data.jpa.repository.NativeQuery("update source set deleted_at = null, version = version + 1, updated_at = :now where id = :id and deleted_at is not null")
	int restore(@org.springframework.data.repository.query.Param("id") long id,
			@org.springframework.data.repository.query.Param("now") java.sql.Timestamp now);

}
