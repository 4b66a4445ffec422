package org.tradeline.provenance.source;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.tradeline.cache.etag.EntityTagged;
import org.tradeline.provenance.PublicationPrecision;
import org.tradeline.store.PublicationState;

/** A source with every claim it makes. */
public record SourceDetail(long id, String fileName, String title, String outlet, String authors, String url,
		String language, LocalDate publishedOn, PublicationPrecision publishedPrecision, String citation,
		String summary, String sha256, List<Source.Citation> citations, SourceStanding standing,
		PublicationState state, Instant updatedAt, List<SourceClaimView> claims) implements EntityTagged {

	public static SourceDetail of(SourceView view, List<SourceClaimView> claims) {
		return new SourceDetail(view.id(), view.fileName(), view.title(), view.outlet(), view.authors(), view.url(),
				view.language(), view.publishedOn(), view.publishedPrecision(), view.citation(), view.summary(),
				view.sha256(), view.citations(), view.standing(), view.state(), view.updatedAt(), claims);
	}

}
