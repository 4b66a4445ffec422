package org.tradeline.figure;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tradeline.cache.ReadDependencies;
import org.tradeline.event.EventReferences;
import org.tradeline.problem.NotFoundException;
import org.tradeline.provenance.Provenance;
import org.tradeline.provenance.SubjectProvenance;
import org.tradeline.provenance.subject.SubjectType;
import org.tradeline.store.SyncRows;
import org.tradeline.web.paging.PageResponse;
import org.tradeline.web.paging.Paging;
import org.tradeline.web.paging.SyncPage;
import org.tradeline.web.paging.SyncWindow;

@Service
@Transactional(readOnly = true)
class FigureCatalog implements Figures {

	private final FigureRepository figures;

	private final Provenance provenance;

	private final EventReferences events;

	private final SyncRows syncRows;

	FigureCatalog(FigureRepository figures, Provenance provenance, EventReferences events, SyncRows syncRows) {
		this.figures = figures;
		this.syncRows = syncRows;
		this.provenance = provenance;
		this.events = events;
	}

	PageResponse<FigureRow> list(Paging paging) {
		// Rows show their claims, disputes and event (gone when the event is deleted).
		ReadDependencies.add("figures", "claims", "events");
		Page<Figure> found = this.figures.findAll(paging.pageable(Sort.by("slug")));
		Map<Long, FigureView> views = views(found.getContent());
		return PageResponse.of(found, f -> views.get(f.getId()));
	}

	/** The figures changed in a sync window, in the order of their last change and id (see SyncWindow). */
	SyncPage<FigureRow> sync(SyncWindow window) {
		ReadDependencies.add("figures", "claims", "events");
		return SyncPage.of(window, this.syncRows, "figure", "slug", SyncRows.PublicView.LIVE_ROWS,
				ids -> views(this.figures.findByIdIn(ids)),
				row -> new FigureRow.FigureTombstone(row.key(), row.goneAt(), row.updatedAt()));
	}

	private Map<Long, FigureView> views(List<Figure> found) {
		List<Long> ids = found.stream().map(Figure::getId).toList();
		Map<Long, SubjectProvenance> claims = this.provenance.forSubjects(SubjectType.FIGURE, ids);
		Map<Long, String> eventSlugs = this.events
			.liveSlugs(found.stream().map(Figure::getEventId).filter(Objects::nonNull).distinct().toList());
		Map<Long, FigureView> views = new HashMap<>();
		found.forEach(f -> views.put(f.getId(), view(f, (f.getEventId() != null) ? eventSlugs.get(f.getEventId()) : null,
				claims.getOrDefault(f.getId(), SubjectProvenance.NONE))));
		return views;
	}

	FigureView get(String slug) {
		return get(this.figures.findBySlug(slug).orElseThrow(() -> new NotFoundException("figure", slug)));
	}

	FigureView get(Figure figure) {
		ReadDependencies.add("figure:" + figure.getId());
		if (figure.getEventId() != null) {
			ReadDependencies.add("event:" + figure.getEventId());
		}
		return view(figure, eventSlug(figure), this.provenance.forSubject(SubjectType.FIGURE, figure.getId()));
	}

	/** The slug of the live event that released or set the figure; null when none or deleted. */
	String eventSlug(Figure figure) {
		return (figure.getEventId() != null) ? this.events.liveSlugs(List.of(figure.getEventId())).get(figure.getEventId())
				: null;
	}

	/** The id of the live event with this slug, for a figure to refer to. */
	Optional<Long> eventId(String slug) {
		return this.events.liveId(slug);
	}

	@Override
	public long liveCount() {
		return this.figures.count();
	}

	@Override
	public List<DatedFigure> dated() {
		List<Figure> dated = this.figures.findByPeriodStartNotNull(Sort.by("unit", "periodStart", "periodEnd", "slug"));
		// Their claims tell how exact the amounts are.
		Map<Long, SubjectProvenance> claims = this.provenance.forSubjects(SubjectType.FIGURE,
				dated.stream().map(Figure::getId).toList());
		return dated.stream().map(f -> {
			List<String> qualifiers = Qualifiers.of(f.getAmount(),
					claims.getOrDefault(f.getId(), SubjectProvenance.NONE).claims());
			return new DatedFigure(f.getId(), f.getSlug(), f.getLabel(), plain(f.getAmount()), !qualifiers.isEmpty(),
					qualifiers, f.getUnit(), f.getPeriodStart(), f.getPeriodEnd());
		}).toList();
	}

	private static FigureView view(Figure figure, String eventSlug, SubjectProvenance provenance) {
		FigureView.Period period = (figure.getPeriodStart() != null)
				? new FigureView.Period(figure.getPeriodStart(), figure.getPeriodEnd()) : null;
		List<String> qualifiers = Qualifiers.of(figure.getAmount(), provenance.claims());
		return new FigureView(figure.getSlug(), figure.getLabel(), plain(figure.getAmount()), figure.getUnit(),
				!qualifiers.isEmpty(), qualifiers, period, eventSlug, provenance.disputed(), provenance.claims(),
				provenance.disputes(), figure.getUpdatedAt());
	}

	// Plain form: numeric(20,4) would otherwise print 70 as 70.0000 or 7E+1.
	private static BigDecimal plain(BigDecimal amount) {
		return new BigDecimal(amount.stripTrailingZeros().toPlainString());
	}

}
