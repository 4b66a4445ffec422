package org.tradeline.actor;

import org.springframework.stereotype.Component;
import org.tradeline.provenance.subject.SubjectType;
import org.tradeline.provenance.subject.Subjects;

/** Actors as the subjects of claims: provenance reads the actor table only through this. */
@Component
class ActorSubjects extends Subjects.Stored {

	ActorSubjects(ActorRepository actors) {
		super(SubjectType.ACTOR, actors, actors::findSubjects);
	}

}
