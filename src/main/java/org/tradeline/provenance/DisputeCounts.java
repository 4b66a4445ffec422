package org.tradeline.provenance;

import java.util.List;
import java.util.Map;

import org.tradeline.provenance.subject.SubjectType;

/** How many disputes are open: in total, with a self-contradicting source, by subject type and by attribute. */
public record DisputeCounts(long open, long selfContradicting, Map<SubjectType, Long> bySubjectType,
		List<ByAttribute> byAttribute) {

	public record ByAttribute(String attribute, String label, long count) {
	}

}
