package org.tradeline.token;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tradeline.problem.ConflictException;
import org.tradeline.problem.NotFoundException;
import org.tradeline.web.Characters;
import org.tradeline.web.Writes;
import org.tradeline.web.paging.PageResponse;
import org.tradeline.web.paging.Paging;

/**
 * Issues, lists and revokes API tokens, and tells the security chain whose a presented token is. The
 * secret leaves the service once, in the create response.
 */
@Service
@Transactional
public class ApiTokens {

	/** The name the configured bootstrap admin token authenticates as; no stored token may take it. */
	public static final String BOOTSTRAP_NAME = "bootstrap-admin";

	/**
	 * Names that revisions give to authors without a stored token: the bootstrap admin, the seed's own
	 * corrections (migration V14) and writes made outside a request. A token taking one would pass its
	 * edits off as theirs in every history.
	 */
	public static final Set<String> RESERVED_NAMES = Set.of(BOOTSTRAP_NAME, "seed-corrections", Writes.NO_TOKEN);

	private final ApiTokenRepository tokens;

	/** The latest expiry a token may be given (the API's bound, and an import's). */
	public static final Instant LATEST_EXPIRY = Instant.parse("9999-12-31T23:59:59Z");

	private final Writes writes;

	ApiTokens(ApiTokenRepository tokens, Writes writes) {
		this.tokens = tokens;
		this.writes = writes;
	}

	CreatedToken create(TokenRequest request) {
		Writes.Violations violations = this.writes.check(request);
		violations.slug("name", request.name());
		Instant now = Writes.now();
		// Kept at the precision both databases store, so the answer shows what every later read will.
		Instant expiresAt = (request.expiresAt() != null) ? request.expiresAt().truncatedTo(ChronoUnit.MICROS) : null;
		if (expiresAt != null && !expiresAt.isAfter(now)) {
			violations.add("expiresAt", "expiresAt must be in the future");
		}
		// RFC 3339 date-times (the contract's format) have four-digit years; Instant takes nine.
		if (expiresAt != null && expiresAt.isAfter(LATEST_EXPIRY)) {
			violations.add("expiresAt", "expiresAt must be before the year 10000");
		}
		violations.throwIfAny();
		if (RESERVED_NAMES.contains(request.name())) {
			throw new ConflictException("The name '" + request.name() + "' is reserved: revisions use it for "
					+ "authors without a token");
		}
		if (this.tokens.existsByName(request.name())) {
			throw new ConflictException("A token named '" + request.name() + "' already exists");
		}
		String secret = TokenHashes.newSecret();
		ApiToken token = this.tokens.save(new ApiToken(request.name(), request.role(), TokenHashes.sha256(secret),
				Writes.author(), now, expiresAt));
		return new CreatedToken(TokenView.of(token), secret);
	}

	/** The holder of the stored token with this SHA-256 (see {@link TokenHashes}), if it is usable now. */
	@Transactional(readOnly = true)
	public Optional<TokenHolder> holderOf(String hash) {
		return this.tokens.findByTokenHash(hash)
			.filter(token -> token.isUsableAt(Instant.now()))
			.map(token -> new TokenHolder(token.getName(), token.getRole()));
	}

	/** Who a token belongs to, and what it may do. */
	public record TokenHolder(String name, Role role) {
	}

	@Transactional(readOnly = true)
	PageResponse<TokenView> list(Paging paging) {
		return PageResponse.of(this.tokens.findAll(paging.pageable(Sort.by("id"))), TokenView::of);
	}

	void revoke(long id) {
		ApiToken token = this.tokens.findById(id).orElseThrow(() -> new NotFoundException("token", String.valueOf(id)));
		token.revoke(Writes.now());
	}

	/**
	 * @param name a unique slug naming who or what uses the token; revisions record it as the author
	 * @param role editor or admin
	 * @param expiresAt when the token stops working; never if absent
	 */
	record TokenRequest(@NotBlank @Characters(max = 100) String name, @NotNull Role role, Instant expiresAt) {
	}

	/** Token metadata; never the secret or its hash. */
	record TokenView(long id, String name, Role role, String createdBy, Instant createdAt, Instant expiresAt,
			Instant revokedAt) {

		static TokenView of(ApiToken token) {
			return new TokenView(token.getId(), token.getName(), token.getRole(), token.getCreatedBy(),
					token.getCreatedAt(), token.getExpiresAt(), token.getRevokedAt());
		}

	}

	/** The one response that carries the secret. */
	record CreatedToken(long id, String name, Role role, Instant createdAt, Instant expiresAt, String token) {

		CreatedToken(TokenView view, String secret) {
			this(view.id(), view.name(), view.role(), view.createdAt(), view.expiresAt(), secret);
		}

	}

}
