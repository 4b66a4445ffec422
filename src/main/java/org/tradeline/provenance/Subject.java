package org.tradeline.provenance;

import org.tradeline.store.StoreChange;

/** A reference to what a claim is about. */
public record Subject(SubjectType type, long id) {

	/** The cache tag of this subject, {@code event:12}. */
	public String tag() {
		return this.type.code() + ":" + this.id;
	}

	/** The tag of the claims about this subject. */
	public String claimsTag() {
		return StoreChange.contents(tag());
	}

}
