package org.tradeline.provenance.source;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Modifying;
import org.tradeline.store.NumberedRepository;
import org.tradeline.store.PublicationState;
import org.springframework.data.jpa.repository.NativeQuery;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SourceRepository extends NumberedRepository<Source> {

	/** Live sources in these publication states. */
	Page<Source> findByStateIn(Collection<PublicationState> states, Pageable pageable);

	/** Live sources with this digest: the same bytes ingested before. */
	List<Source> findBySha256(String sha256);

	/** Live sources in print on a day (see {@link AsOf}). */
	@Query("select s from Source s where s.state in :states and"
			+ " ((s.publishedPrecision = org.tradeline.provenance.PublicationPrecision.DAY"
			+ " and s.publishedOn <= :lastDay) or (s.publishedPrecision"
			+ " = org.tradeline.provenance.PublicationPrecision.APPROXIMATE and s.publishedOn <= :lastApproximateDay))")
	Page<Source> findInPrint(@Param("states") Collection<PublicationState> states, @Param("lastDay") LocalDate lastDay,
			@Param("lastApproximateDay") LocalDate lastApproximateDay, Pageable pageable);

	/** The live sources among these. */
	List<Source> findByIdIn(Collection<Long> ids);

	/** Live sources in this publication state. */
	long countByState(PublicationState state);

	Source save(Source source);

	void flush();

	/** The earliest day a published source is dated: a draft is part of no public read, its date included. */
	@NativeQuery("select min(published_on) from source where deleted_at is null and state = 'PUBLISHED'")
	Optional<LocalDate> findEarliestPublished();

	@NativeQuery("select count(*) from source where file_name = :fileName")
	long countByFileNameIncludingDeleted(@Param("fileName") String fileName);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@NativeQuery("update source set deleted_at = null, version = version + 1, updated_at = :now where id = :id and deleted_at is not null")
	int restore(@Param("id") long id, @Param("now") Timestamp now);

}
