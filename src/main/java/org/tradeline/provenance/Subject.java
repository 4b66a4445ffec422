package org.tradeline.provenance;

/** A reference to what a claim is about. */
public record Subject(SubjectType type, long id) {

	/** The cache tag of this subject, {@code event:12}. */
	public String tag() {
		return this.type.code() + ":" + this.id;
	}

}
