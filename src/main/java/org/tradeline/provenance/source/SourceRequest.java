package org.tradeline.provenance.source;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.tradeline.provenance.CitationKind;
import org.tradeline.provenance.claim.ClaimRequest;

/**
 * A source document as written. claims may only be given when creating: a new document and
 * everything it says in one request. Afterwards claims are written under /api/v1/claims.
 */
public record SourceRequest(@NotBlank @Size(max = 200) @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9._-]*$",
		message = "fileName may contain only letters, digits, dot, underscore and hyphen") String fileName,
		@Size(max = 300) String title, @Size(max = 200) String outlet, @Size(max = 300) String authors,
		@NotBlank @Size(max = 2000) String summary,
		@NotBlank @Pattern(regexp = "^[0-9a-f]{64}$", message = "sha256 must be 64 lowercase hex digits") String sha256,
		@Size(max = 50) List<@NotNull @Valid CitationRequest> citations,
		@Size(max = 200) List<ClaimRequest.@NotNull @Valid Inline> claims) {

	record CitationRequest(@NotBlank @Size(max = 200) String name, @NotNull CitationKind kind) {
	}

}
