package org.tradeline.actor;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tradeline.actor.ActorCatalog.ActorDetail;
import org.tradeline.cache.Etags;
import org.tradeline.problem.ConflictException;
import org.tradeline.problem.NotFoundException;
import org.tradeline.provenance.ProvenanceWrites;
import org.tradeline.provenance.Subject;
import org.tradeline.provenance.SubjectType;
import org.tradeline.store.SlugRow;
import org.tradeline.store.StoreChanges;
import org.tradeline.store.Writes.Violations;
import org.tradeline.store.Writes;

@Service
@Transactional
class ActorWrites {

	private final ActorRepository actors;

	private final ActorCatalog catalog;

	private final ProvenanceWrites provenance;

	private final Etags etags;

	private final Writes writes;

	private final StoreChanges storeChanges;

	ActorWrites(ActorRepository actors, ActorCatalog catalog, ProvenanceWrites provenance, Etags etags, Writes writes,
			StoreChanges storeChanges) {
		this.actors = actors;
		this.catalog = catalog;
		this.provenance = provenance;
		this.etags = etags;
		this.writes = writes;
		this.storeChanges = storeChanges;
	}

	ActorDetail create(ActorRequest request) {
		validate(request, null);
		if (this.actors.findAnyBySlug(request.slug()).isPresent()) {
			throw new ConflictException("An actor with slug '" + request.slug() + "' already exists");
		}
		Actor actor = new Actor(request.slug());
		apply(actor, request);
		actor = this.actors.save(actor);
		this.actors.flush();
		this.storeChanges.record(tag(actor.getId()), "actors", "stats");
		return this.catalog.get(request.slug());
	}

	ActorDetail replace(String slug, String ifMatch, ActorRequest request) {
		Actor actor = find(slug);
		this.etags.require(ifMatch, this.catalog.get(slug));
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
		return this.catalog.get(slug);
	}

	ActorDetail patch(String slug, String ifMatch, JsonNode patch) {
		Actor actor = find(slug);
		this.etags.require(ifMatch, this.catalog.get(slug));
		ActorRequest current = new ActorRequest(actor.getSlug(), actor.getName(), actor.getKind(), actor.getCountry(),
				actor.getTitle());
		return replace(slug, ifMatch, this.writes.patch(current, patch, ActorRequest.class));
	}

	/** Soft-deletes an actor no live event or claim refers to, with the claims about it. */
	void delete(String slug, String ifMatch) {
		Actor actor = find(slug);
		this.etags.require(ifMatch, this.catalog.get(slug));
		if (this.catalog.inLiveEvent(actor.getId()) || this.provenance.actorIsClaimed(slug)) {
			throw new ConflictException("Actor '" + slug
					+ "' still takes part in events or is named by claims; remove those references first");
		}
		var at = Writes.now();
		this.provenance.retireClaimsOf(new Subject(SubjectType.ACTOR, actor.getId()), at);
		actor.markDeleted(at);
		this.actors.flush();
		this.storeChanges.record(tag(actor.getId()), "actors", "stats");
	}

	ActorDetail restore(String slug) {
		SlugRow row = this.actors.findAnyBySlug(slug).orElseThrow(() -> new NotFoundException("actor", slug));
		if (!row.deleted()) {
			throw new ConflictException("Actor '" + slug + "' is not deleted");
		}
		long id = row.id();
		this.provenance.reinstateClaimsOf(new Subject(SubjectType.ACTOR, id));
		this.actors.restore(id, Timestamp.from(Writes.now()));
		this.storeChanges.record(tag(id), "actors", "stats");
		return this.catalog.get(slug);
	}

	private static String tag(long id) {
		return "actor:" + id;
	}

	private Actor find(String slug) {
		return this.actors.findBySlug(slug).orElseThrow(() -> new NotFoundException("actor", slug));
	}

	private static void apply(Actor actor, ActorRequest request) {
		actor.update(request.name().strip(), request.kind(), request.country(),
				(request.title() == null || request.title().isBlank()) ? null : request.title().strip());
	}

	private void validate(ActorRequest request, String existingSlug) {
		Violations violations = this.writes.check(request);
		violations.slug("slug", request.slug());
		if (existingSlug != null && request.slug() != null && !existingSlug.equals(request.slug())) {
			violations.add("slug", "slug identifies the actor and cannot change");
		}
		violations.throwIfAny();
	}

}
