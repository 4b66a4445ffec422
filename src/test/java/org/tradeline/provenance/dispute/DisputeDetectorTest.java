package org.tradeline.provenance.dispute;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tradeline.provenance.ClaimStatus;
import org.tradeline.provenance.ValueType;
import org.tradeline.provenance.dispute.DisputeDetector.Assessment;
import org.tradeline.provenance.dispute.DisputeDetector.Conflict;
import org.tradeline.provenance.dispute.DisputeDetector.Fact;
import org.tradeline.provenance.dispute.DisputeDetector.Position;
import org.tradeline.provenance.subject.Subject;
import org.tradeline.provenance.subject.SubjectType;

import static org.assertj.core.api.Assertions.assertThat;

class DisputeDetectorTest {

	private static final Subject TALKS = new Subject(SubjectType.EVENT, 1);

	private static final Subject CALL = new Subject(SubjectType.EVENT, 2);

	private final List<Fact> facts = new ArrayList<>();

	private long fact(long source, Subject subject, String attribute, ValueType type, boolean single, String value) {
		long id = this.facts.size() + 1;
		this.facts.add(new Fact(id, source, subject, attribute, type, single, value));
		return id;
	}

	private long role(long source, String value) {
		return fact(source, TALKS, "us-treasury-secretary", ValueType.ACTOR, true, value);
	}

	@Test
	void agreeingSourcesCorroborateAndDoNotDispute() {
		long a = role(1, "scott-bessent");
		long b = role(2, "scott-bessent");
		Assessment assessment = DisputeDetector.assess(this.facts);
		assertThat(assessment.conflicts()).isEmpty();
		assertThat(assessment.statuses()).containsEntry(a, ClaimStatus.CORROBORATED)
			.containsEntry(b, ClaimStatus.CORROBORATED);
	}

	@Test
	void anOccurrenceIsCorroboratedByAnotherSourceReportingTheEventOnAnyAttribute() {
		long occurred = fact(1, TALKS, "occurrence", ValueType.TEXT, false, "occurred");
		long ownDate = fact(1, TALKS, "start-date", ValueType.DATE, true, "2025-06-09");
		long calledOff = fact(3, CALL, "occurrence", ValueType.TEXT, false, "called off");
		long lone = fact(4, CALL, "occurrence", ValueType.TEXT, false, "occurred");
		assertThat(DisputeDetector.assess(this.facts).statuses()).as("only their own sources report them")
			.containsEntry(occurred, ClaimStatus.UNCORROBORATED)
			.containsEntry(ownDate, ClaimStatus.UNCORROBORATED)
			.containsEntry(lone, ClaimStatus.UNCORROBORATED);
		fact(2, TALKS, "location", ValueType.TEXT, true, "London");
		fact(5, CALL, "us-leader", ValueType.ACTOR, true, "donald-trump");
		Assessment assessment = DisputeDetector.assess(this.facts);
		assertThat(assessment.statuses()).containsEntry(occurred, ClaimStatus.CORROBORATED)
			.containsEntry(ownDate, ClaimStatus.UNCORROBORATED)
			.containsEntry(lone, ClaimStatus.CORROBORATED)
			.as("a place or a leader does not say it was called off")
			.containsEntry(calledOff, ClaimStatus.UNCORROBORATED);
		assertThat(assessment.conflicts()).isEmpty();
	}

	@Test
	void aLoneClaimIsUncorroborated() {
		long a = role(1, "scott-bessent");
		assertThat(DisputeDetector.assess(this.facts).statuses()).containsEntry(a, ClaimStatus.UNCORROBORATED);
	}

	@Test
	void differingValuesOfASingleValuedAttributeAreADisputeWithEveryPosition() {
		long bessent1 = role(1, "scott-bessent");
		long bessent4 = role(4, "scott-bessent");
		long yellen = role(0, "janet-yellen");
		long becerra = role(2, "becerra");
		Assessment assessment = DisputeDetector.assess(this.facts);

		assertThat(assessment.conflicts()).singleElement().satisfies(conflict -> {
			assertThat(conflict.subject()).isEqualTo(TALKS);
			assertThat(conflict.positions()).extracting(Position::value)
				.containsExactly("scott-bessent", "janet-yellen", "becerra");
			assertThat(conflict.positions()).extracting(p -> p.supportingSources().size()).containsExactly(2, 1, 1);
			assertThat(conflict.selfContradictingSources()).isEmpty();
		});
		assertThat(assessment.statuses()).containsEntry(bessent1, ClaimStatus.CONTESTED)
			.containsEntry(bessent4, ClaimStatus.CONTESTED)
			.containsEntry(yellen, ClaimStatus.CONTRADICTED)
			.containsEntry(becerra, ClaimStatus.CONTRADICTED);
	}

	@Test
	void aSourceStatingTwoIncompatibleValuesIsFlaggedAsContradictingItself() {
		long trumpFromZero = fact(0, CALL, "us-leader", ValueType.ACTOR, true, "donald-trump");
		long bidenFromZero = fact(0, CALL, "us-leader", ValueType.ACTOR, true, "joe-biden");
		fact(3, CALL, "us-leader", ValueType.ACTOR, true, "donald-trump");
		Assessment assessment = DisputeDetector.assess(this.facts);

		assertThat(assessment.conflicts()).singleElement()
			.extracting(Conflict::selfContradictingSources)
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.COLLECTION)
			.containsExactly(0L);
		// Only other sources corroborate or contradict: source 0's own Biden claim does not count against it.
		assertThat(assessment.statuses()).containsEntry(trumpFromZero, ClaimStatus.CORROBORATED)
			.containsEntry(bidenFromZero, ClaimStatus.CONTRADICTED);
	}

	@Test
	void aSourceContradictingOnlyItselfIsNotADisputeBetweenSources() {
		fact(0, CALL, "us-leader", ValueType.ACTOR, true, "donald-trump");
		fact(0, CALL, "us-leader", ValueType.ACTOR, true, "joe-biden");
		assertThat(DisputeDetector.assess(this.facts).conflicts()).isEmpty();
	}

	@Test
	void multiValuedAttributesNeverDispute() {
		long a = fact(1, TALKS, "participant", ValueType.ACTOR, false, "scott-bessent");
		long b = fact(0, TALKS, "participant", ValueType.ACTOR, false, "janet-yellen");
		long c = fact(4, TALKS, "participant", ValueType.ACTOR, false, "scott-bessent");
		Assessment assessment = DisputeDetector.assess(this.facts);
		assertThat(assessment.conflicts()).isEmpty();
		assertThat(assessment.statuses()).containsEntry(a, ClaimStatus.CORROBORATED)
			.containsEntry(b, ClaimStatus.UNCORROBORATED)
			.containsEntry(c, ClaimStatus.CORROBORATED);
	}

	@Test
	void datesAtDifferentPrecisionThatOverlapAgree() {
		long month = fact(3, TALKS, "start-date", ValueType.DATE, true, "2025-05");
		long mid = fact(2, TALKS, "start-date", ValueType.DATE, true, "2025-05-mid");
		Assessment assessment = DisputeDetector.assess(this.facts);
		assertThat(assessment.conflicts()).isEmpty();
		assertThat(assessment.statuses()).containsEntry(month, ClaimStatus.CORROBORATED)
			.containsEntry(mid, ClaimStatus.CORROBORATED);
	}

	@Test
	void datesThatCannotBeTheSameDayDispute() {
		fact(3, TALKS, "start-date", ValueType.DATE, true, "2025-06-09");
		fact(2, TALKS, "start-date", ValueType.DATE, true, "2025-06-12");
		fact(4, TALKS, "start-date", ValueType.DATE, true, "2025-06-early");
		Conflict conflict = DisputeDetector.assess(this.facts).conflicts().get(0);
		// "early June" is compatible with June 9, so it supports that position but not June 12.
		assertThat(conflict.positions()).extracting(Position::value)
			.containsExactly("2025-06-09", "2025-06-early", "2025-06-12");
		assertThat(conflict.positions()).extracting(p -> p.supportingSources().size()).containsExactly(2, 2, 1);
	}

	@Test
	void numbersCompareByValueNotSpelling() {
		long a = fact(3, TALKS, "amount", ValueType.NUMBER, true, "70");
		long b = fact(4, TALKS, "amount", ValueType.NUMBER, true, "70.0");
		fact(5, TALKS, "amount", ValueType.NUMBER, true, "69.5");
		Assessment assessment = DisputeDetector.assess(this.facts);
		assertThat(assessment.conflicts()).singleElement()
			.satisfies(c -> assertThat(c.positions().get(0).supportingSources()).containsExactlyInAnyOrder(3L, 4L));
		assertThat(assessment.statuses()).containsEntry(a, ClaimStatus.CONTESTED).containsEntry(b, ClaimStatus.CONTESTED);
	}

	@Test
	void textComparesIgnoringCaseAndSpacing() {
		fact(1, TALKS, "location", ValueType.TEXT, true, "London");
		fact(2, TALKS, "location", ValueType.TEXT, true, " london ");
		assertThat(DisputeDetector.assess(this.facts).conflicts()).isEmpty();
	}

	@Test
	void claimsAboutDifferentSubjectsOrAttributesAreNeverCompared() {
		fact(1, TALKS, "us-leader", ValueType.ACTOR, true, "donald-trump");
		fact(2, CALL, "us-leader", ValueType.ACTOR, true, "joe-biden");
		fact(3, TALKS, "us-treasury-secretary", ValueType.ACTOR, true, "joe-biden");
		assertThat(DisputeDetector.assess(this.facts).conflicts()).isEmpty();
	}

	/** Text pasted from another system reads the same whatever its encoding of accents and spaces. */
	@Test
	void textThatReadsTheSameAgreesWhateverItsCompositionOrSpaces() {
		long composed = fact(1, TALKS, "location", ValueType.TEXT, true, "Gen\u00e8ve");
		long decomposed = fact(2, TALKS, "location", ValueType.TEXT, true, "GENE\u0300VE");
		long plain = fact(1, CALL, "location", ValueType.TEXT, true, "New York");
		long noBreak = fact(2, CALL, "location", ValueType.TEXT, true, " New\u00a0\u2003York\u00a0");
		Assessment assessment = DisputeDetector.assess(this.facts);
		assertThat(assessment.conflicts()).isEmpty();
		assertThat(assessment.statuses()).containsEntry(composed, ClaimStatus.CORROBORATED)
			.containsEntry(decomposed, ClaimStatus.CORROBORATED)
			.containsEntry(plain, ClaimStatus.CORROBORATED)
			.containsEntry(noBreak, ClaimStatus.CORROBORATED);
		fact(3, TALKS, "location", ValueType.TEXT, true, "Genova");
		assertThat(DisputeDetector.assess(this.facts).conflicts()).singleElement()
			.satisfies(conflict -> assertThat(conflict.subject()).isEqualTo(TALKS));
	}

}
