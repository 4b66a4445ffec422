package org.tradeline.provenance;

import java.util.List;

/** A source document as listed: metadata, what it cites, and how its claims stand. */
public record SourceView(long id, String fileName, String title, String outlet, String authors, String summary,
		String sha256, List<Source.Citation> citations, SourceStanding standing) implements SourceRow {

	static SourceView of(Source source, SourceStanding standing) {
		return new SourceView(source.getId(), source.getFileName(), source.getTitle(), source.getOutlet(),
				source.getAuthors(), source.getSummary(), source.getSha256(), List.copyOf(source.getCitations()),
				standing);
	}

}
