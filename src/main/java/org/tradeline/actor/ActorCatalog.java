package org.tradeline.actor;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tradeline.cache.ReadDependencies;
import org.tradeline.cache.etag.EntityTagged;
import org.tradeline.problem.NotFoundException;
import org.tradeline.provenance.ClaimView;
import org.tradeline.provenance.DisputeView;
import org.tradeline.provenance.Provenance;
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

	private final SyncRows syncRows;

	ActorCatalog(ActorRepository actors, ActorAppearances appearances, Provenance provenance, SyncRows syncRows) {
		this.actors = actors;
		this.syncRows = syncRows;
		this.appearances = appearances;
		this.provenance = provenance;
	}

	PageResponse<ActorRow> list(Paging paging) {
		ReadDependencies.add("actors");
		return PageResponse.of(this.actors.findAll(paging.pageable(Sort.by("name", "slug"))), ActorView::of);
	}

	/** The actors changed in a sync window, in the order of their last change and id (see SyncWindow). */
	SyncPage<ActorRow> sync(SyncWindow window) {
		ReadDependencies.add("actors");
		return SyncPage.of(window, this.syncRows, "actor", "slug", SyncRows.PublicView.LIVE_ROWS,
				ids -> this.actors.findByIdIn(ids).stream().collect(Collectors.toMap(Actor::getId, ActorView::of)),
				row -> new ActorTombstone(row.key(), row.goneAt(), row.updatedAt()));
	}

	ActorDetail get(String slug) {
		return get(this.actors.findBySlug(slug).orElseThrow(() -> new NotFoundException("actor", slug)));
	}

	ActorDetail get(Actor actor) {
		// Event writes tag the appearances of the actors taking part (before and after): the events listed.
		ReadDependencies.add("actor:" + actor.getId(), StoreChange.contents("actor:" + actor.getId()));
		SubjectProvenance claims = this.provenance.forSubject(SubjectType.ACTOR, actor.getId());
		return new ActorDetail(ActorView.of(actor), this.appearances.of(actor.getId()), claims.claims(),
				claims.disputes());
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

	/** An actor as listed; updatedAt is its last change, its place in a sync. */
	record ActorView(String slug, String name, ActorKind kind, String country, String title,
			Instant updatedAt) implements ActorRow {

		static ActorView of(Actor actor) {
			return new ActorView(actor.getSlug(), actor.getName(), actor.getKind(), actor.getCountry(),
					actor.getTitle(), actor.getUpdatedAt());
		}

	}

	record ActorDetail(String slug, String name, ActorKind kind, String country, String title, Instant updatedAt,
			List<ActorAppearances.Appearance> events, List<ClaimView> claims, List<DisputeView> disputes) implements EntityTagged {

		ActorDetail(ActorView actor, List<ActorAppearances.Appearance> events, List<ClaimView> claims,
				List<DisputeView> disputes) {
			this(actor.slug(), actor.name(), actor.kind(), actor.country(), actor.title(), actor.updatedAt(), events,
					claims, disputes);
		}

	}

}
