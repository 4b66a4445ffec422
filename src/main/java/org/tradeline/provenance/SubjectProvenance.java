package org.tradeline.provenance;

import java.util.List;

/** The claims about one subject, with their standing, and the disputes among them. */
public record SubjectProvenance(List<ClaimView> claims, List<DisputeView> disputes) {

	public static final SubjectProvenance NONE = new SubjectProvenance(List.of(), List.of());

	public boolean disputed() {
		return !this.disputes.isEmpty();
	}

}
