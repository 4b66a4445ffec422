package org.tradeline.provenance.source;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.tradeline.provenance.PublicationPrecision;
import org.tradeline.provenance.SourceRef;
import org.tradeline.store.PublicationState;

/**
 * A source document as listed: metadata, how to cite it, what it cites, and how its claims stand.
 * updatedAt is the last change of its own record (not of its claims), its place in a sync.
 */
public record SourceView(long id, String fileName, String title, String outlet, String authors, String url,
		String language, LocalDate publishedOn, PublicationPrecision publishedPrecision, String citation,
		String summary, String sha256, List<Source.Citation> citations, SourceStanding standing,
		PublicationState state, Instant updatedAt) implements SourceRow {

	public static SourceView of(Source source, SourceStanding standing) {
		return new SourceView(source.getId(), source.getFileName(), source.getTitle(), source.getOutlet(),
				source.getAuthors(), source.getUrl(), source.getLanguage(), source.getPublishedOn(),
				source.getPublishedPrecision(), SourceRef.of(source).citation(), source.getSummary(),
				source.getSha256(), List.copyOf(source.getCitations()), standing, source.getState(),
				source.getUpdatedAt());
	}

}
