package org.tradeline.provenance.intake;

/**
 * Whether the service keeps the document a source was read from. Declared here and implemented by
 * the feature that reads documents, so that sources do not depend on it.
 */
public interface SourceDocuments {

	/**
	 * True when the source's document is stored: its sha256 is then the digest the service computed
	 * of those bytes, which is what refuses the same bytes a second time.
	 */
	boolean holdsDocument(long sourceId);

}
