package org.tradeline.provenance.dispute;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.tradeline.calendar.PartialDate;
import org.tradeline.provenance.ClaimStatus;
import org.tradeline.provenance.ValueType;
import org.tradeline.provenance.subject.Subject;


/**
 * Finds disagreements between sources from their claims alone. Claims about the same subject and
 * attribute are compared pairwise: values are compatible when they could both be true (equal text,
 * equal numbers, dates whose possible days overlap). A single-valued attribute with an incompatible
 * pair from two sources is a dispute; nothing is ever resolved in favour of one side. A source's
 * claims about an event on any other attribute (its date, place, participants, what was said there)
 * report that it happened, so they corroborate another source's claim that it occurred.
 */
public final class DisputeDetector {

	/** The attribute saying an event happened. */
	public static final String OCCURRENCE = "occurrence";

	/** What every other claim about an event implies of it under {@link #OCCURRENCE}. */
	public static final String OCCURRED = "occurred";

	private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

	private DisputeDetector() {
	}

	/** What the detector needs to know of a claim. */
	public record Fact(long claimId, long sourceId, Subject subject, String attribute, ValueType valueType,
			boolean singleValued, String value) {
	}

	/** One competing value, the claims stating it, and every source whose claim is compatible with it. */
	public record Position(String value, List<Fact> claims, Set<Long> supportingSources) {
	}

	public record Conflict(Subject subject, String attribute, List<Position> positions,
			Set<Long> selfContradictingSources) {
	}

	public record Assessment(Map<Long, ClaimStatus> statuses, List<Conflict> conflicts) {
	}

	public static Assessment assess(Collection<Fact> facts) {
		Map<List<Object>, List<Fact>> groups = facts.stream()
			.collect(Collectors.groupingBy(f -> List.of(f.subject(), f.attribute()), LinkedHashMap::new,
					Collectors.toList()));
		// The sources that report each subject happened by saying something else about it.
		Map<Subject, Set<Long>> reporting = facts.stream()
			.filter(f -> !OCCURRENCE.equals(f.attribute()))
			.collect(Collectors.groupingBy(Fact::subject, Collectors.mapping(Fact::sourceId, Collectors.toSet())));
		Map<Long, ClaimStatus> statuses = new HashMap<>();
		List<Conflict> conflicts = new ArrayList<>();
		for (List<Fact> group : groups.values()) {
			assessGroup(group, reporting.getOrDefault(group.get(0).subject(), Set.of()), statuses, conflicts);
		}
		return new Assessment(statuses, conflicts);
	}

	private static void assessGroup(List<Fact> group, Set<Long> reporting, Map<Long, ClaimStatus> statuses,
			List<Conflict> conflicts) {
		Fact first = group.get(0);
		boolean single = first.singleValued();
		boolean occurrence = OCCURRENCE.equals(first.attribute());
		Set<Long> selfContradicting = new TreeSet<>();
		boolean disputed = false;
		for (Fact claim : group) {
			boolean corroborated = false;
			boolean contradicted = false;
			for (Fact other : group) {
				if (other == claim) {
					continue;
				}
				boolean compatible = compatible(claim, other);
				if (other.sourceId() == claim.sourceId()) {
					if (single && !compatible) {
						selfContradicting.add(claim.sourceId());
					}
				}
				else if (compatible) {
					corroborated = true;
				}
				else if (single) {
					contradicted = true;
				}
			}
			if (!corroborated && occurrence && impliedByOtherClaims(claim)) {
				corroborated = reporting.stream().anyMatch(source -> source != claim.sourceId());
			}
			disputed |= contradicted;
			statuses.put(claim.claimId(), status(corroborated, contradicted));
		}
		if (disputed) {
			conflicts.add(new Conflict(first.subject(), first.attribute(), positions(group), selfContradicting));
		}
	}

	private static ClaimStatus status(boolean corroborated, boolean contradicted) {
		if (contradicted) {
			return corroborated ? ClaimStatus.CONTESTED : ClaimStatus.CONTRADICTED;
		}
		return corroborated ? ClaimStatus.CORROBORATED : ClaimStatus.UNCORROBORATED;
	}

	private static List<Position> positions(List<Fact> group) {
		Map<String, List<Fact>> byValue = group.stream()
			.collect(Collectors.groupingBy(f -> normalize(f.valueType(), f.value()), LinkedHashMap::new,
					Collectors.toList()));
		List<Position> positions = new ArrayList<>();
		for (List<Fact> claims : byValue.values()) {
			Fact representative = claims.get(0);
			Set<Long> supporters = new LinkedHashSet<>();
			for (Fact other : group) {
				if (compatible(representative, other)) {
					supporters.add(other.sourceId());
				}
			}
			positions.add(new Position(representative.value(), List.copyOf(claims), supporters));
		}
		positions.sort(Comparator.comparingInt((Position p) -> -p.supportingSources().size())
			.thenComparingLong(p -> p.claims().get(0).claimId()));
		return positions;
	}

	/**
	 * The first day both sides of the conflict were in print: the earliest day on which two claims from
	 * different sources that cannot both be true both counted. Empty when every such pair has a claim
	 * whose source never counts (no publication date).
	 *
	 * @param inPrintFrom the first day a source counts, by source id; null when it never does
	 */
	public static Optional<LocalDate> inPrintFrom(Conflict conflict, Function<Long, LocalDate> inPrintFrom) {
		List<Fact> facts = conflict.positions().stream().flatMap(p -> p.claims().stream()).toList();
		LocalDate first = null;
		for (int i = 0; i < facts.size(); i++) {
			for (int j = i + 1; j < facts.size(); j++) {
				Fact a = facts.get(i);
				Fact b = facts.get(j);
				LocalDate fromA = inPrintFrom.apply(a.sourceId());
				LocalDate fromB = inPrintFrom.apply(b.sourceId());
				if (a.sourceId() != b.sourceId() && fromA != null && fromB != null && !compatible(a, b)) {
					LocalDate both = fromA.isAfter(fromB) ? fromA : fromB;
					if (first == null || both.isBefore(first)) {
						first = both;
					}
				}
			}
		}
		return Optional.ofNullable(first);
	}

	/**
	 * Whether an occurrence claim says what any other claim about its event implies: that it occurred
	 * (a claim that it was called off, say, is not).
	 */
	public static boolean impliedByOtherClaims(Fact occurrence) {
		return compatible(occurrence.valueType(), occurrence.value(), OCCURRED);
	}

	static boolean compatible(Fact a, Fact b) {
		return compatible(a.valueType(), a.value(), b.value());
	}

	/** Whether two values of one attribute could both be true. */
	public static boolean compatible(ValueType type, String a, String b) {
		if (type == ValueType.DATE) {
			try {
				return PartialDate.parse(a).overlaps(PartialDate.parse(b));
			}
			catch (IllegalArgumentException ex) {
				// Values are validated on the way in; fall back to plain comparison for old data.
			}
		}
		return normalize(type, a).equals(normalize(type, b));
	}

	/**
	 * A value as compared: composed (NFC), so "è" typed as "e" and a combining grave is "è"; every run
	 * of white space or other space separator (a no-break space too) as one space; text in lower case.
	 */
	private static String normalize(ValueType type, String value) {
		String trimmed = SPACES.matcher(Normalizer.normalize(value, Normalizer.Form.NFC)).replaceAll(" ").strip();
		if (type == ValueType.NUMBER) {
			try {
				return new BigDecimal(trimmed).stripTrailingZeros().toPlainString();
			}
			catch (NumberFormatException ex) {
				return trimmed;
			}
		}
		return trimmed.toLowerCase(Locale.ROOT);
	}

}
