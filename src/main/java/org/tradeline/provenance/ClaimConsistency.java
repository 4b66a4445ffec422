package org.tradeline.provenance;

import org.tradeline.provenance.subject.SubjectType;
import org.tradeline.store.PublicationState;

/**
 * What a claim must agree with beyond its own value: its attribute's subject type and its source's
 * publication. The one rule for the claim write path and a backup's rows (which name no stored rows,
 * so the caller says what the attribute and the source are).
 */
public final class ClaimConsistency {

	private ClaimConsistency() {
	}

	/**
	 * Why an attribute that applies to subjects of type appliesTo cannot be claimed of a subject of
	 * type subject, as said of the attribute's field, or null if it can.
	 */
	public static String attributeProblem(String attribute, SubjectType appliesTo, SubjectType subject,
			String field) {
		return (appliesTo == subject) ? null
				: field + " '" + attribute + "' applies to " + appliesTo.collection() + ", not " + subject.collection();
	}

	/**
	 * Why a claim in this state cannot be of this source, as said of the claim's state field, or null
	 * if it can: a draft source's claims are published with it, never before it.
	 */
	public static String sourceProblem(PublicationState claim, long source, boolean sourcePublished, String field) {
		return (claim == PublicationState.PUBLISHED && !sourcePublished)
				? field + " cannot be published while source " + source + " is a draft: its claims are published with it"
				: null;
	}

}
