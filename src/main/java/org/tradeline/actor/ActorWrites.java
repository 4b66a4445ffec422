package org.tradeline.actor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tradeline.actor.ActorCatalog.ActorDetail;
import org.tradeline.cache.etag.Etags;
import org.tradeline.problem.ConflictException;
import org.tradeline.provenance.ProvenanceWrites;
import org.tradeline.provenance.subject.Subject;
import org.tradeline.provenance.subject.SubjectType;
import org.tradeline.store.StoreChanges;
import org.tradeline.web.ResourceWrites;
import org.tradeline.web.Writes;

@Service
@Transactional
class ActorWrites extends ResourceWrites.Slugged<Actor, ActorRequest, ActorDetail> {

	private final ActorRepository actors;

	private final ActorCatalog catalog;

	private final ProvenanceWrites provenance;

	private final StoreChanges storeChanges;

	ActorWrites(ActorRepository actors, ActorCatalog catalog, ProvenanceWrites provenance, Etags etags, Writes writes,
			StoreChanges storeChanges) {
		super("actor", ActorRequest.class, actors, etags, writes);
		this.actors = actors;
		this.catalog = catalog;
		this.provenance = provenance;
		this.storeChanges = storeChanges;
	}

	@Override
	public ActorDetail create(ActorRequest request) {
		validate(request, null);
		requireFreeSlug(request.slug());
		Actor actor = new Actor(request.slug());
		apply(actor, request);
		actor = this.actors.save(actor);
		this.actors.flush();
		this.storeChanges.record(tag(actor.getId()), "actors", "stats");
		return view(actor);
	}

	@Override
	protected ActorDetail view(Actor actor) {
		return this.catalog.get(actor);
	}

	@Override
	protected ActorRequest requestOf(Actor actor) {
		return new ActorRequest(actor.getSlug(), actor.getName(), actor.getKind(), actor.getCountry(), actor.getTitle());
	}

	@Override
	protected ActorDetail change(String slug, Actor actor, ActorRequest request) {
		validate(request, slug);
		String name = actor.getName();
		apply(actor, request);
		this.actors.flush();
		// Events show their participants' names and titles.
		List<String> tags = new ArrayList<>(List.of(tag(actor.getId()), "actors", "events", "stats"));
		this.catalog.eventIds(actor.getId()).forEach(eventId -> tags.add("event:" + eventId));
		this.storeChanges.record(tags.toArray(String[]::new));
		if (!name.equals(actor.getName())) {
			this.provenance.subjectRenamed(new Subject(SubjectType.ACTOR, actor.getId()));
		}
		return view(actor);
	}

	/** Only an actor no live event or claim refers to, with the claims about it. */
	@Override
	protected void remove(Actor actor, Instant at) {
		if (this.catalog.inLiveEvent(actor.getId()) || this.provenance.actorIsClaimed(actor.getSlug())) {
			throw new ConflictException("Actor '" + actor.getSlug()
					+ "' still takes part in events or is named by claims; remove those references first");
		}
		this.provenance.retireClaimsOf(new Subject(SubjectType.ACTOR, actor.getId()), at);
		actor.markDeleted(at);
		this.actors.flush();
		this.storeChanges.record(tag(actor.getId()), "actors", "stats");
	}

	@Override
	protected ActorDetail restore(String slug, long id) {
		this.provenance.reinstateClaimsOf(new Subject(SubjectType.ACTOR, id));
		undelete(id);
		this.storeChanges.record(tag(id), "actors", "stats");
		return view(live(slug));
	}

	private static String tag(long id) {
		return "actor:" + id;
	}

	private static void apply(Actor actor, ActorRequest request) {
		actor.update(request.name().strip(), request.kind(), request.country(),
				(request.title() == null || request.title().isBlank()) ? null : request.title().strip());
	}

	private void validate(ActorRequest request, String existingSlug) {
		checkSlugged(request, request.slug(), existingSlug).throwIfAny();
	}

}
