package org.tradeline.provenance;

/** What a claim is about. */
public enum SubjectType {

	EVENT, ACTOR, FIGURE;

	public String code() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
