package org.tradeline.provenance.intake;

/**
 * Published inside the transaction that publishes a draft source, after its draft claims are
 * published; features that drafted other things from the source (events proposed while reviewing
 * an ingested document) publish them with it.
 */
public record SourcePublished(long sourceId) {
}
