package org.tradeline.provenance.source;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.tradeline.provenance.CitationKind;
import org.tradeline.provenance.PublicationPrecision;
import org.tradeline.provenance.SourceRef;
import org.tradeline.provenance.claim.ClaimRequest;
import org.tradeline.store.PublicationState;
import org.tradeline.web.Characters;
import org.tradeline.web.Text;

/**
 * A source document as written. claims may only be given when creating: a new document and
 * everything it says in one request. Afterwards claims are written under /api/v1/claims.
 * publishedPrecision defaults to day when publishedOn is given, and is refused without it. state left
 * out is published for a new source and unchanged otherwise; publishing a draft source publishes its
 * draft claims with it, and a published source cannot return to draft.
 */
public record SourceRequest(@NotBlank @Characters(max = 200) @Pattern(regexp = "^[A-Za-z0-9][A-Za-z0-9._-]*$",
		message = "fileName may contain only letters, digits, dot, underscore and hyphen") String fileName,
		@Characters(max = 300) String title, @Characters(max = 200) String outlet,
		@Characters(max = 300) String authors,
		@Characters(max = 2000) @Pattern(regexp = SourceRef.URL, message = SourceRef.URL_MESSAGE) String url,
		@Characters(max = 35) @Pattern(regexp = SourceRef.LANGUAGE,
				message = "language must be a BCP 47 language tag such as en or zh-Hans") String language,
		LocalDate publishedOn, PublicationPrecision publishedPrecision,
		@NotBlank @Characters(max = 2000) String summary,
		@NotBlank @Pattern(regexp = "^[0-9a-f]{64}$", message = "sha256 must be 64 lowercase hex digits") String sha256,
		@Size(max = 50) List<@NotNull @Valid CitationRequest> citations,
		@Size(max = 200) List<ClaimRequest.@NotNull @Valid Inline> claims, PublicationState state) {

	public record CitationRequest(@NotBlank @Characters(max = 200) String name, @NotNull CitationKind kind) {
	}

	/**
	 * This request as a source keeps it (see {@code ResourceWrites.asWritten}): text without the white
	 * space around it, an optional text that is blank as none (a citation would show it), its state
	 * left out being current.
	 */
	SourceRequest asWritten(PublicationState current) {
		List<CitationRequest> kept = (this.citations != null) ? this.citations.stream()
			.map(c -> (c != null) ? new CitationRequest(Text.strip(c.name()), c.kind()) : null)
			.toList() : List.of();
		return new SourceRequest(this.fileName, Text.blankToNull(this.title), Text.blankToNull(this.outlet),
				Text.blankToNull(this.authors), this.url, this.language, this.publishedOn, precision(),
				Text.strip(this.summary), this.sha256, kept, this.claims, (this.state != null) ? this.state : current);
	}

	SourceRequest withoutPublishedPrecision() {
		return new SourceRequest(this.fileName, this.title, this.outlet, this.authors, this.url, this.language,
				this.publishedOn, null, this.summary, this.sha256, this.citations, this.claims, this.state);
	}

	PublicationPrecision precision() {
		return (this.publishedOn != null && this.publishedPrecision == null) ? PublicationPrecision.DAY
				: this.publishedPrecision;
	}

}
