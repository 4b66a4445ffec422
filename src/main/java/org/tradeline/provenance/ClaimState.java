package org.tradeline.provenance;

import org.tradeline.store.PublicationState;

/** A claim as recorded in revisions: what it asserts and from which source (by id). */
public record ClaimState(long id, long source, String attribute, String value, String valueLabel, String excerpt,
		PublicationState state) {
}
