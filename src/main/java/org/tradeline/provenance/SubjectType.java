package org.tradeline.provenance;

/** What a claim is about. */
public enum SubjectType {

	EVENT, ACTOR, FIGURE;

	public String code() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	/** The cache tag of the list of subjects of this type, {@code events}. */
	public String collection() {
		return code() + "s";
	}

}
