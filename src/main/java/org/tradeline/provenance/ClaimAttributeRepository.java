package org.tradeline.provenance;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface ClaimAttributeRepository extends Repository<ClaimAttribute, String> {

	Optional<ClaimAttribute> findById(String code);

}
