package org.tradeline.actor;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.tradeline.provenance.SubjectType;
import org.tradeline.provenance.Subjects;

/** Actors as the subjects of claims: provenance reads the actor table only through this. */
@Component
class ActorSubjects implements Subjects {

	private final ActorRepository actors;

	ActorSubjects(ActorRepository actors) {
		this.actors = actors;
	}

	@Override
	public SubjectType type() {
		return SubjectType.ACTOR;
	}

	@Override
	public List<Row> find(Collection<Long> ids) {
		return ids.isEmpty() ? List.of() : this.actors.findSubjects(ids);
	}

	@Override
	public Optional<Long> findLive(String slug) {
		return this.actors.findLiveId(slug);
	}

	@Override
	public Optional<Instant> deletedAt(long id) {
		return this.actors.findDeletedAt(id);
	}

	@Override
	public void lock(Collection<Long> ids) {
		if (!ids.isEmpty()) {
			this.actors.lock(ids);
		}
	}

}
