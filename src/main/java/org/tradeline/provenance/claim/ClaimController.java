package org.tradeline.provenance.claim;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tradeline.web.IdResourceController;
import org.tradeline.web.StateParameter;

@RestController
@RequestMapping("/api/v1/claims")
public class ClaimController extends IdResourceController<ClaimRequest, ClaimDetail> {

	private final ClaimWrites claims;

	ClaimController(ClaimWrites claims) {
		super(claims);
		this.claims = claims;
	}

	@GetMapping("/{id}")
	ClaimDetail get(@PathVariable long id, @RequestParam(required = false) String state) {
		return this.claims.get(id, StateParameter.parse(state));
	}

	@Override
	protected long idOf(ClaimDetail claim) {
		return claim.id();
	}

}
