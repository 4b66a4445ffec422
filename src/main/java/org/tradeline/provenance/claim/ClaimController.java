package org.tradeline.provenance.claim;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tradeline.web.IdResourceController;

@RestController
@RequestMapping("/api/v1/claims")
public class ClaimController extends IdResourceController<ClaimRequest, ClaimDetail> {

	private final ClaimWrites claims;

	ClaimController(ClaimWrites claims) {
		super(claims);
		this.claims = claims;
	}

	@GetMapping("/{id}")
	ClaimDetail get(@PathVariable long id) {
		return this.claims.get(id);
	}

	@Override
	protected long idOf(ClaimDetail claim) {
		return claim.id();
	}

}
