package org.tradeline.provenance;

import java.util.EnumSet;
import java.util.Set;

import org.tradeline.provenance.claim.Claim;
import org.tradeline.store.PublicationState;
import org.tradeline.store.Visibility;

/**
 * Which claims a read counts, by two independent rules: their publication state (the public sees
 * published claims only; an editor's view shows drafts too) and the day they were in print
 * ({@code asOf}; null for now, with every live claim).
 *
 * @param visibility who reads, and so which claim states show
 * @param asOf the day the read is asked as of, or null
 */
public record ClaimScope(Visibility visibility, AsOf asOf) {

	/** What everyone sees now. */
	public static final ClaimScope PUBLIC = new ClaimScope(Visibility.PUBLIC, null);

	public ClaimScope {
		visibility = (visibility != null) ? visibility : Visibility.PUBLIC;
	}

	/** The public read as of a day (now when asOf is null). */
	public static ClaimScope asOf(AsOf asOf) {
		return new ClaimScope(Visibility.PUBLIC, asOf);
	}

	public boolean shows(Claim claim) {
		return this.visibility.showsClaim(claim.getState());
	}

	/** The claim states the read counts. */
	Set<PublicationState> claimStates() {
		return this.visibility.isPublic() ? EnumSet.of(PublicationState.PUBLISHED)
				: EnumSet.allOf(PublicationState.class);
	}

}
