package org.tradeline.token;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

interface ApiTokenRepository extends Repository<ApiToken, Long> {

	Optional<ApiToken> findByTokenHash(String tokenHash);

	Optional<ApiToken> findById(Long id);

	boolean existsByName(String name);

	Page<ApiToken> findAll(Pageable pageable);

	ApiToken save(ApiToken token);

}
