package org.tradeline.provenance;

import java.util.Set;

import org.tradeline.provenance.subject.Subject;

/**
 * Published inside the writing transaction when what a source is cited by beside its claims (its
 * {@link SourceRef}: outlet, title, link, date) changed. The subjects of its published claims show
 * it, so the features listing them in the order of change move them (figures; an event row shows
 * no source).
 */
public record CitationChanged(Set<Subject> subjects) {

	public CitationChanged {
		subjects = Set.copyOf(subjects);
	}

}
