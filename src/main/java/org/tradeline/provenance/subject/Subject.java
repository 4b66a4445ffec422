package org.tradeline.provenance.subject;

import java.util.Optional;

import org.tradeline.store.StoreChange;

/** A reference to what a claim is about. */
public record Subject(SubjectType type, long id) {

	/**
	 * The subject a claim's row names by its event, actor and figure ids, exactly one of which is
	 * set; empty if not exactly one is: the one reading of those columns for the claims and a
	 * backup's rows.
	 */
	public static Optional<Subject> of(Long eventId, Long actorId, Long figureId) {
		int set = ((eventId != null) ? 1 : 0) + ((actorId != null) ? 1 : 0) + ((figureId != null) ? 1 : 0);
		if (set != 1) {
			return Optional.empty();
		}
		if (eventId != null) {
			return Optional.of(new Subject(SubjectType.EVENT, eventId));
		}
		return Optional.of((actorId != null) ? new Subject(SubjectType.ACTOR, actorId)
				: new Subject(SubjectType.FIGURE, figureId));
	}

	/** The cache tag of this subject, {@code event:12}. */
	public String tag() {
		return this.type.code() + ":" + this.id;
	}

	/** The tag of the claims about this subject. */
	public String claimsTag() {
		return StoreChange.contents(tag());
	}

}
