package org.tradeline.provenance;

/** A source as cited next to a claim. */
public record SourceRef(long id, String fileName, String outlet) {

	static SourceRef of(Source source) {
		return new SourceRef(source.getId(), source.getFileName(), source.getOutlet());
	}

}
