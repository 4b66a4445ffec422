package org.tradeline.figure;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.tradeline.provenance.SubjectType;
import org.tradeline.provenance.Subjects;

/** Figures as the subjects of claims: provenance reads the figure table only through this. */
@Component
class FigureSubjects implements Subjects {

	private final FigureRepository figures;

	FigureSubjects(FigureRepository figures) {
		this.figures = figures;
	}

	@Override
	public SubjectType type() {
		return SubjectType.FIGURE;
	}

	@Override
	public List<Row> find(Collection<Long> ids) {
		return ids.isEmpty() ? List.of() : this.figures.findSubjects(ids);
	}

	@Override
	public Optional<Long> findLive(String slug) {
		return this.figures.findLiveId(slug);
	}

	@Override
	public Optional<Instant> deletedAt(long id) {
		return this.figures.findDeletedAt(id);
	}

	@Override
	public void lock(Collection<Long> ids) {
		if (!ids.isEmpty()) {
			this.figures.lock(ids);
		}
	}

}
