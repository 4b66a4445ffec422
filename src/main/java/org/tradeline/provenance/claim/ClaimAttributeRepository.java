package org.tradeline.provenance.claim;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface ClaimAttributeRepository extends Repository<ClaimAttribute, String> {

	Optional<ClaimAttribute> findById(String code);

	List<ClaimAttribute> findAllById(Iterable<String> codes);

}
