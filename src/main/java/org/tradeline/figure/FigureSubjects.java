package org.tradeline.figure;

import org.springframework.stereotype.Component;
import org.tradeline.provenance.subject.SubjectType;
import org.tradeline.provenance.subject.Subjects;

/** Figures as the subjects of claims: provenance reads the figure table only through this. */
@Component
class FigureSubjects extends Subjects.Stored {

	FigureSubjects(FigureRepository figures) {
		super(SubjectType.FIGURE, figures, figures::findSubjects);
	}

}
