package org.tradeline.figure;

import java.sql.Timestamp;

import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
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
class FigureWrites {

	private final FigureRepository figures;

	private final FigureCatalog catalog;

	private final ProvenanceWrites provenance;

	private final Etags etags;

	private final Writes writes;

	private final StoreChanges storeChanges;

	FigureWrites(FigureRepository figures, FigureCatalog catalog, ProvenanceWrites provenance, Etags etags,
			Writes writes, StoreChanges storeChanges) {
		this.figures = figures;
		this.catalog = catalog;
		this.provenance = provenance;
		this.etags = etags;
		this.writes = writes;
		this.storeChanges = storeChanges;
	}

	FigureView create(FigureRequest request) {
		Long eventId = validate(request, null);
		if (this.figures.findAnyBySlug(request.slug()).isPresent()) {
			throw new ConflictException("A figure with slug '" + request.slug() + "' already exists");
		}
		Figure figure = new Figure(request.slug());
		apply(figure, request, eventId);
		figure = this.figures.save(figure);
		this.figures.flush();
		this.storeChanges.record(tag(figure.getId()), "figures", "stats");
		return this.catalog.get(request.slug());
	}

	FigureView replace(String slug, String ifMatch, FigureRequest request) {
		Figure figure = find(slug);
		this.etags.require(ifMatch, this.catalog.get(slug));
		Long eventId = validate(request, slug);
		String label = figure.getLabel();
		apply(figure, request, eventId);
		this.figures.flush();
		this.storeChanges.record(tag(figure.getId()), "figures", "stats");
		if (!label.equals(figure.getLabel())) {
			this.provenance.subjectRenamed(new Subject(SubjectType.FIGURE, figure.getId()));
		}
		return this.catalog.get(slug);
	}

	FigureView patch(String slug, String ifMatch, JsonNode patch) {
		Figure figure = find(slug);
		this.etags.require(ifMatch, this.catalog.get(slug));
		FigureRequest current = new FigureRequest(figure.getSlug(), figure.getLabel(),
				figure.getAmount().stripTrailingZeros(), figure.getUnit(),
				(figure.getPeriodStart() != null)
						? new FigureRequest.Period(figure.getPeriodStart(), figure.getPeriodEnd()) : null,
				this.catalog.eventSlug(figure));
		return replace(slug, ifMatch, this.writes.patch(current, patch, FigureRequest.class));
	}

	void delete(String slug, String ifMatch) {
		Figure figure = find(slug);
		this.etags.require(ifMatch, this.catalog.get(slug));
		var at = Writes.now();
		this.provenance.retireClaimsOf(new Subject(SubjectType.FIGURE, figure.getId()), at);
		figure.markDeleted(at);
		this.figures.flush();
		this.storeChanges.record(tag(figure.getId()), "figures", "stats");
	}

	FigureView restore(String slug) {
		SlugRow row = this.figures.findAnyBySlug(slug).orElseThrow(() -> new NotFoundException("figure", slug));
		if (!row.deleted()) {
			throw new ConflictException("Figure '" + slug + "' is not deleted");
		}
		long id = row.id();
		this.provenance.reinstateClaimsOf(new Subject(SubjectType.FIGURE, id));
		this.figures.restore(id, Timestamp.from(Writes.now()));
		this.storeChanges.record(tag(id), "figures", "stats");
		return this.catalog.get(slug);
	}

	private static String tag(long id) {
		return "figure:" + id;
	}

	private Figure find(String slug) {
		return this.figures.findBySlug(slug).orElseThrow(() -> new NotFoundException("figure", slug));
	}

	private static void apply(Figure figure, FigureRequest request, Long eventId) {
		FigureRequest.Period period = request.period();
		figure.update(request.label().strip(), request.amount(), request.unit().strip(),
				(period != null) ? period.start() : null, (period != null) ? period.end() : null, eventId);
	}

	/** Returns the id of the referenced event, if any. */
	private Long validate(FigureRequest request, String existingSlug) {
		Violations violations = this.writes.check(request);
		violations.slug("slug", request.slug());
		if (existingSlug != null && request.slug() != null && !existingSlug.equals(request.slug())) {
			violations.add("slug", "slug identifies the figure and cannot change");
		}
		FigureRequest.Period period = request.period();
		if (period != null && period.start() != null && period.end() != null && period.end().isBefore(period.start())) {
			violations.add("period.end", "period.end must not be before period.start");
		}
		if (request.amount() != null && request.amount().scale() > 4) {
			violations.add("amount", "amount may have at most 4 decimal places");
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
