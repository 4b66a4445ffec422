package org.tradeline.provenance;

/**
 * Published, inside the writing transaction, whenever a claim is created, updated, deleted or
 * restored; the features owning the subject record it (events keep revisions; events and figures,
 * which show their claims, move in the order of change). before is null for a new or restored
 * claim, after for a deleted one.
 */
public record ClaimChanged(Subject subject, String action, ClaimState before, ClaimState after) {
}
