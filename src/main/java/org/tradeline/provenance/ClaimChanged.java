package org.tradeline.provenance;

import org.tradeline.provenance.subject.Subject;
import org.tradeline.store.PublicationState;

/**
 * Published, inside the writing transaction, whenever a claim is created, updated, deleted or
 * restored; the features owning the subject record it (events keep revisions; events and figures,
 * which show their claims, move in the order of change). before is null for a new or restored
 * claim, after for a deleted one.
 */
public record ClaimChanged(Subject subject, String action, ClaimState before, ClaimState after) {

	/** Whether the claim was or is published: a write of a draft that stays one is the editors' alone. */
	public boolean touchesPublished() {
		return published(this.before) || published(this.after);
	}

	private static boolean published(ClaimState claim) {
		return claim != null && claim.state() == PublicationState.PUBLISHED;
	}

}
