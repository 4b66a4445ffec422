package org.tradeline.figure;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tradeline.cache.etag.Etags;
import org.tradeline.event.EventReferences;
import org.tradeline.provenance.CitationChanged;
import org.tradeline.provenance.ClaimChanged;
import org.tradeline.provenance.ProvenanceWrites;
import org.tradeline.provenance.subject.Subject;
import org.tradeline.provenance.subject.SubjectType;
import org.tradeline.store.StoreChanges;
import org.tradeline.web.ResourceWrites;
import org.tradeline.web.Writes;
import org.tradeline.web.Writes.Violations;

@Service
@Transactional
class FigureWrites extends ResourceWrites.Slugged<Figure, FigureRequest, FigureView> {

	private final FigureRepository figures;

	private final FigureCatalog catalog;

	private final ProvenanceWrites provenance;

	private final StoreChanges storeChanges;

	FigureWrites(FigureRepository figures, FigureCatalog catalog, ProvenanceWrites provenance, Etags etags,
			Writes writes, StoreChanges storeChanges) {
		super("figure", FigureRequest.class, figures, etags, writes);
		this.figures = figures;
		this.catalog = catalog;
		this.provenance = provenance;
		this.storeChanges = storeChanges;
	}

	@Override
	public FigureView create(FigureRequest request) {
		Long eventId = validate(request, null);
		requireFreeSlug(request.slug());
		Figure figure = new Figure(request.slug());
		apply(figure, request, eventId);
		figure = this.figures.save(figure);
		this.figures.flush();
		this.storeChanges.record(tag(figure.getId()), "figures", "stats");
		return view(figure);
	}

	@Override
	protected FigureView view(Figure figure) {
		return this.catalog.get(figure);
	}

	@Override
	protected FigureRequest requestOf(Figure figure) {
		return new FigureRequest(figure.getSlug(), figure.getLabel(), figure.getAmount().stripTrailingZeros(),
				figure.getUnit(), (figure.getPeriodStart() != null)
						? new FigureRequest.Period(figure.getPeriodStart(), figure.getPeriodEnd()) : null,
				this.catalog.eventSlug(figure));
	}

	@Override
	protected FigureView change(String slug, Figure figure, FigureRequest request) {
		Long eventId = validate(request, slug);
		// An event that is deleted (or a draft) is hidden from the figure, not unlinked: a write that
		// leaves the event out, as the figure shows it, keeps the link for when the event returns.
		if (eventId == null && request.event() == null && this.catalog.eventSlug(figure) == null) {
			eventId = figure.getEventId();
		}
		String label = figure.getLabel();
		apply(figure, request, eventId);
		this.figures.flush();
		this.storeChanges.record(tag(figure.getId()), "figures", "stats");
		if (!label.equals(figure.getLabel())) {
			this.provenance.subjectRenamed(new Subject(SubjectType.FIGURE, figure.getId()));
		}
		return view(figure);
	}

	@Override
	protected void remove(Figure figure, Instant at) {
		this.provenance.retireClaimsOf(new Subject(SubjectType.FIGURE, figure.getId()), at);
		figure.markDeleted(at);
		this.figures.flush();
		this.storeChanges.record(tag(figure.getId()), "figures", "stats");
	}

	@Override
	protected FigureView restore(String slug, long id) {
		this.provenance.reinstateClaimsOf(new Subject(SubjectType.FIGURE, id));
		undelete(id);
		this.storeChanges.record(tag(id), "figures", "stats");
		return view(live(slug));
	}

	/**
	 * A figure shows the claims about it and its disputes, so a change to them is a change to the
	 * figure, as to an event: its row moves in the sync order and its updatedAt with it. A draft
	 * claim's write changes nothing the public sees of it and leaves it in place.
	 */
	@EventListener
	void on(ClaimChanged change) {
		if (change.subject().type() == SubjectType.FIGURE && change.touchesPublished()) {
			this.figures.touch(change.subject().id(), Timestamp.from(Writes.now()));
		}
	}

	/** A source of published claims about figures was renamed or re-dated: they show its citation. */
	@EventListener
	void on(CitationChanged change) {
		Timestamp now = Timestamp.from(Writes.now());
		change.subjects()
			.stream()
			.filter(subject -> subject.type() == SubjectType.FIGURE)
			.map(Subject::id)
			.sorted()
			.forEach(id -> {
				this.figures.touch(id, now);
				this.storeChanges.record(tag(id), "figures");
			});
	}

	/**
	 * A figure names the event that released or set it only while the public sees that event: when
	 * the event comes or goes, the figure's row moves in the sync with what it shows now.
	 */
	@EventListener
	void on(EventReferences.ShownChanged change) {
		Timestamp now = Timestamp.from(Writes.now());
		for (long id : this.figures.findLiveIdsByEventId(change.eventId())) {
			this.figures.touch(id, now);
			this.storeChanges.record(tag(id), "figures");
		}
	}

	private static String tag(long id) {
		return "figure:" + id;
	}

	private static void apply(Figure figure, FigureRequest request, Long eventId) {
		FigureRequest.Period period = request.period();
		figure.update(request.label().strip(), request.amount(), request.unit().strip(),
				(period != null) ? period.start() : null, (period != null) ? period.end() : null, eventId);
	}

	/** Returns the id of the referenced event, if any. */
	private Long validate(FigureRequest request, String existingSlug) {
		Violations violations = checkSlugged(request, request.slug(), existingSlug);
		FigureRequest.Period period = request.period();
		// A period without a start is refused by its bean validation already.
		String periodProblem = (period != null && period.start() != null)
				? FigureRules.periodProblem(period.start(), period.end(), "period.start", "period.end") : null;
		if (periodProblem != null) {
			violations.add("period.end", periodProblem);
		}
		// The request's bean validation holds it to the same bounds; what it refused is said once.
		String amountProblem = (request.amount() != null && !violations.has("amount"))
				? FigureRules.amountProblem(request.amount(), "amount") : null;
		if (amountProblem != null) {
			violations.add("amount", amountProblem);
		}
		Long eventId = null;
		if (request.event() != null) {
			eventId = this.catalog.eventId(request.event()).orElse(null);
			if (eventId == null) {
				violations.add("event", "Unknown event '" + request.event() + "'");
			}
		}
		violations.throwIfAny();
		return eventId;
	}

}
