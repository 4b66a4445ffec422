package org.tradeline.provenance;

import org.tradeline.provenance.source.Source;


/** A source as cited next to a claim. */
public record SourceRef(long id, String fileName, String outlet) {

	public static SourceRef of(Source source) {
		return new SourceRef(source.getId(), source.getFileName(), source.getOutlet());
	}

}
