package org.tradeline.provenance.subject;

import org.tradeline.store.WireName;

/** What a claim is about. */
public enum SubjectType {

	EVENT, ACTOR, FIGURE;

	public String code() {
		return WireName.of(this);
	}

	/** The cache tag of the list of subjects of this type, {@code events}. */
	public String collection() {
		return code() + "s";
	}

}
