package org.tradeline.token;

import java.net.URI;

import org.springframework.http.MediaType;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tradeline.token.ApiTokens.CreatedToken;
import org.tradeline.token.ApiTokens.TokenRequest;
import org.tradeline.token.ApiTokens.TokenView;
import org.tradeline.web.PrivateAnswer;
import org.tradeline.web.paging.PageResponse;
import org.tradeline.web.paging.Paging;

@RestController
@RequestMapping("/api/v1/admin/tokens")
class TokenController {

	private final ApiTokens tokens;

	TokenController(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<CreatedToken> create(@RequestBody TokenRequest request) {
		CreatedToken created = this.tokens.create(request);
		return ResponseEntity.created(URI.create("/api/v1/admin/tokens/" + created.id()))
			.cacheControl(CacheControl.noStore())
			.body(created);
	}

	@GetMapping
	ResponseEntity<PageResponse<TokenView>> list(@RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return PrivateAnswer.ok(this.tokens.list(Paging.of(page, size)));
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> revoke(@PathVariable long id) {
		this.tokens.revoke(id);
		return ResponseEntity.noContent().build();
	}

}
