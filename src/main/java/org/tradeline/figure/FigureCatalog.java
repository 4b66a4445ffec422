package org.tradeline.figure;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tradeline.cache.ReadDependencies;
import org.tradeline.problem.NotFoundException;
import org.tradeline.provenance.Provenance;
import org.tradeline.provenance.SubjectProvenance;
import org.tradeline.provenance.SubjectType;
import org.tradeline.web.PageResponse;
import org.tradeline.web.Paging;

@Service
@Transactional(readOnly = true)
class FigureCatalog {

	private final FigureRepository figures;

	private final Provenance provenance;

	FigureCatalog(FigureRepository figures, Provenance provenance) {
		this.figures = figures;
		this.provenance = provenance;
	}

	PageResponse<FigureView> list(Paging paging) {
		// Rows show their claims, disputes and event (gone when the event is deleted).
		ReadDependencies.add("figures", "claims", "events");
		Page<Figure> found = this.figures.findAll(paging.pageable(Sort.by("slug")));
		List<Long> ids = found.getContent().stream().map(Figure::getId).toList();
		Map<Long, SubjectProvenance> claims = this.provenance.forSubjects(SubjectType.FIGURE, ids);
		return PageResponse.of(found, f -> view(f, claims.getOrDefault(f.getId(), SubjectProvenance.NONE)));
	}

	FigureView get(String slug) {
		Figure figure = this.figures.findBySlug(slug).orElseThrow(() -> new NotFoundException("figure", slug));
		ReadDependencies.add("figure:" + figure.getId());
		if (figure.getEventId() != null) {
			ReadDependencies.add("event:" + figure.getEventId());
		}
		return view(figure, this.provenance.forSubject(SubjectType.FIGURE, figure.getId()));
	}

	private static FigureView view(Figure figure, SubjectProvenance provenance) {
		FigureView.Period period = (figure.getPeriodStart() != null)
				? new FigureView.Period(figure.getPeriodStart(), figure.getPeriodEnd()) : null;
		// Plain form: numeric(20,4) would otherwise print 70 as 70.0000 or 7E+1.
		BigDecimal amount = new BigDecimal(figure.getAmount().stripTrailingZeros().toPlainString());
		return new FigureView(figure.getSlug(), figure.getLabel(), amount, figure.getUnit(), period, figure.getEventSlug(),
				provenance.disputed(), provenance.claims(), provenance.disputes());
	}

}
