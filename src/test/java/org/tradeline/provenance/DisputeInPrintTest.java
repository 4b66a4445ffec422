package org.tradeline.provenance;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.tradeline.provenance.dispute.DisputeDetector;
import org.tradeline.provenance.dispute.DisputeDetector.Assessment;
import org.tradeline.provenance.dispute.DisputeDetector.Conflict;
import org.tradeline.provenance.dispute.DisputeDetector.Fact;

import static org.assertj.core.api.Assertions.assertThat;

import org.tradeline.provenance.subject.Subject;
import org.tradeline.provenance.subject.SubjectType;

/** The first day both sides of a dispute were in print, from the claims' sources' dates. */
class DisputeInPrintTest {

	private static final Subject CALL = new Subject(SubjectType.EVENT, 1);

	private static final LocalDate JUNE_10 = LocalDate.of(2025, 6, 10);

	private static final LocalDate JUNE_12 = LocalDate.of(2025, 6, 12);

	@Test
	void isTheEarliestDayOnWhichTwoDisagreeingSourcesBothCounted() {
		// Sources 1 and 2 agree (Trump); 3 disagrees (Biden) from June 12; 4 disagrees too but is undated.
		Conflict conflict = conflict(leader(1, 1, "donald-trump"), leader(2, 2, "donald-trump"),
				leader(3, 3, "joe-biden"), leader(4, 4, "joe-biden"));
		Map<Long, LocalDate> inPrint = new java.util.HashMap<>(Map.of(1L, JUNE_10, 2L, LocalDate.of(2025, 6, 9),
				3L, JUNE_12));
		assertThat(DisputeDetector.inPrintFrom(conflict, inPrint::get)).contains(JUNE_12);
		// Once the undated source gets a date before source 3's, the dispute was in print from the later
		// of its date and the earliest agreeing source's.
		inPrint.put(4L, LocalDate.of(2025, 6, 11));
		assertThat(DisputeDetector.inPrintFrom(conflict, inPrint::get)).contains(LocalDate.of(2025, 6, 11));
	}

	@Test
	void isNeverWhenOneSideHasNoDatedSource() {
		Conflict conflict = conflict(leader(1, 1, "donald-trump"), leader(2, 2, "joe-biden"));
		assertThat(DisputeDetector.inPrintFrom(conflict, Map.of(1L, JUNE_10)::get)).isEmpty();
	}

	@Test
	void aSourceContradictingItselfDoesNotPutADisputeInPrint() {
		// Source 1 says both; source 2 agrees with one of them from June 10 but source 1 only counts June 12.
		Conflict conflict = conflict(leader(1, 1, "donald-trump"), leader(2, 1, "joe-biden"),
				leader(3, 2, "donald-trump"));
		assertThat(DisputeDetector.inPrintFrom(conflict, Map.of(1L, JUNE_12, 2L, JUNE_10)::get)).contains(JUNE_12);
	}

	private static Fact leader(long claimId, long sourceId, String actor) {
		return new Fact(claimId, sourceId, CALL, "us-leader", ValueType.ACTOR, true, actor);
	}

	private static Conflict conflict(Fact... facts) {
		Assessment assessment = DisputeDetector.assess(List.of(facts));
		assertThat(assessment.conflicts()).hasSize(1);
		return assessment.conflicts().get(0);
	}

}
