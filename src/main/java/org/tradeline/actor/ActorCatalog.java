package org.tradeline.actor;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tradeline.cache.ReadDependencies;
import org.tradeline.cache.etag.EntityTagged;
import org.tradeline.problem.NotFoundException;
import org.tradeline.provenance.ClaimView;
import org.tradeline.provenance.DisputeView;
import org.tradeline.provenance.Provenance;
import org.tradeline.provenance.RoleDisputes;
import org.tradeline.provenance.SubjectProvenance;
import org.tradeline.provenance.subject.SubjectType;
import org.tradeline.store.StoreChange;
import org.tradeline.store.SyncRows;
import org.tradeline.web.paging.PageResponse;
import org.tradeline.web.paging.Paging;
import org.tradeline.web.paging.SyncPage;
import org.tradeline.web.paging.SyncWindow;

@Service
@Transactional(readOnly = true)
class ActorCatalog {

	private final ActorRepository actors;

	private final ActorAppearances appearances;

	private final Provenance provenance;

	private final RoleDisputes roleDisputes;

	private final SyncRows syncRows;

	ActorCatalog(ActorRepository actors, ActorAppearances appearances, Provenance provenance,
			RoleDisputes roleDisputes, SyncRows syncRows) {
		this.actors = actors;
		this.roleDisputes = roleDisputes;
		this.syncRows = syncRows;
		this.appearances = appearances;
		this.provenance = provenance;
	}

	PageResponse<ActorRow> list(Paging paging) {
		ReadDependencies.add("actors");
		Page<Actor> page = this.actors.findAll(paging.pageable(Sort.by("name", "slug")));
		Set<String> disputed = this.roleDisputes.disputedAmong(page.map(Actor::getSlug).getContent());
		return PageResponse.of(page, actor -> ActorView.of(actor, disputed.contains(actor.getSlug())));
	}

	/** The actors changed in a sync window, in the order of their last change and id (see SyncWindow). */
	SyncPage<ActorRow> sync(SyncWindow window) {
		ReadDependencies.add("actors");
		return SyncPage.of(window, this.syncRows, "actor", "slug", SyncRows.PublicView.LIVE_ROWS,
				ids -> views(this.actors.findByIdIn(ids)),
				row -> new ActorTombstone(row.key(), row.goneAt(), row.updatedAt()));
	}

	private Map<Long, ActorRow> views(List<Actor> actors) {
		Set<String> disputed = this.roleDisputes.disputedAmong(actors.stream().map(Actor::getSlug).toList());
		return actors.stream()
			.collect(Collectors.toMap(Actor::getId, actor -> ActorView.of(actor, disputed.contains(actor.getSlug()))));
	}

	ActorDetail get(String slug) {
		return get(this.actors.findBySlug(slug).orElseThrow(() -> new NotFoundException("actor", slug)));
	}

	ActorDetail get(Actor actor) {
		// Event writes tag the appearances of the actors taking part (before and after): the events listed.
		ReadDependencies.add("actor:" + actor.getId(), StoreChange.contents("actor:" + actor.getId()));
		SubjectProvenance claims = this.provenance.forSubject(SubjectType.ACTOR, actor.getId());
		List<DisputeView> titleDisputes = (actor.getTitle() != null) ? this.roleDisputes.naming(actor.getSlug())
				: List.of();
		return new ActorDetail(ActorView.of(actor, !titleDisputes.isEmpty()), this.appearances.of(actor.getId()),
				claims.claims(), claims.disputes(), titleDisputes);
	}

	/** Whether the actor takes part in a live event. */
	boolean inLiveEvent(long actorId) {
		return this.appearances.inLiveEvent(actorId);
	}

	/** The events the actor takes part in, deleted ones too. */
	List<Long> eventIds(long actorId) {
		return this.appearances.eventIds(actorId);
	}

	/** A row of the actors list: an actor, or (in a sync that asks for them) a deleted actor's tombstone. */
	@Schema(oneOf = { ActorView.class, ActorTombstone.class })
	sealed interface ActorRow permits ActorView, ActorTombstone {
	}

	/** A deleted actor as a sync lists it. */
	record ActorTombstone(String slug, Instant deletedAt, Instant updatedAt) implements ActorRow {
	}

	/**
	 * An actor as listed; updatedAt is its last change, its place in a sync. titleDisputed: sources
	 * disagree on who held a role the actor is named in (see {@link RoleDisputes}), so its title is
	 * disputed; derived from claims about events, it changes without the actor row changing.
	 */
	record ActorView(String slug, String name, ActorKind kind, String country, String title, boolean titleDisputed,
			Instant updatedAt) implements ActorRow {

		static ActorView of(Actor actor, boolean titleDisputed) {
			return new ActorView(actor.getSlug(), actor.getName(), actor.getKind(), actor.getCountry(),
					actor.getTitle(), titleDisputed && actor.getTitle() != null, actor.getUpdatedAt());
		}

	}

	/** An actor with its events, the claims about it, and the disputes over the roles its title states. */
	record ActorDetail(String slug, String name, ActorKind kind, String country, String title, boolean titleDisputed,
			Instant updatedAt, List<ActorAppearances.Appearance> events, List<ClaimView> claims,
			List<DisputeView> disputes, List<DisputeView> titleDisputes) implements EntityTagged {

		ActorDetail(ActorView actor, List<ActorAppearances.Appearance> events, List<ClaimView> claims,
				List<DisputeView> disputes, List<DisputeView> titleDisputes) {
			this(actor.slug(), actor.name(), actor.kind(), actor.country(), actor.title(), actor.titleDisputed(),
					actor.updatedAt(), events, claims, disputes, titleDisputes);
		}

	}

}
