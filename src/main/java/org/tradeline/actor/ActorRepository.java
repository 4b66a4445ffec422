package org.tradeline.actor;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

public interface ActorRepository extends Repository<Actor, Long> {

	boolean existsBySlug(String slug);

	Optional<Actor> findBySlug(String slug);

	Page<Actor> findAll(Pageable pageable);

}
